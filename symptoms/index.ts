export { symptomHandler } from './symptom.handler';
