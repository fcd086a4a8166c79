import type { Source } from '../core/types';

/**
 * Every clinical rule in the knowledge base names one of these ids.
 * Add a source here before citing it; tests check that every cited id exists.
 */
export const SOURCES = {
  'nhc-home-2022': {
    id: 'nhc-home-2022',
    title: '新冠病毒感染者居家治疗指南 (Home treatment guideline for people infected with SARS-CoV-2)',
    publisher: '国家卫生健康委员会 National Health Commission of the PRC',
    date: '2022-12-07',
  },
  'zj-release-2022-12-24': {
    id: 'zj-release-2022-12-24',
    title:
      '浙江省/宁波市 新冠病毒感染者居家隔离解除与返岗指引 (Zhejiang / Ningbo: ending home isolation and returning to work)',
    publisher: '浙江省新型冠状病毒肺炎疫情防控工作领导小组 / 宁波市卫生健康委员会',
    date: '2022-12-24',
  },
  'xm-release-2022-12-27': {
    id: 'xm-release-2022-12-27',
    title: '厦门市 新冠病毒感染者居家隔离解除指引 (Xiamen: ending home isolation)',
    publisher: '厦门市卫生健康委员会',
    date: '2022-12-27',
  },
  'state-council-optimise-2022-12-07': {
    id: 'state-council-optimise-2022-12-07',
    title:
      '关于进一步优化落实新冠肺炎疫情防控措施的通知（“新十条”）(Notice on further optimising COVID-19 prevention and control measures)',
    publisher: '国务院联防联控机制综合组 State Council Joint Prevention and Control Mechanism',
    date: '2022-12-07',
  },
  'state-council-class-b-2022-12-26': {
    id: 'state-council-class-b-2022-12-26',
    title:
      '关于对新型冠状病毒感染实施“乙类乙管”的总体方案 (Overall plan for managing SARS-CoV-2 infection as a Class B disease, from 8 January 2023)',
    publisher: '国务院联防联控机制综合组 State Council Joint Prevention and Control Mechanism',
    date: '2022-12-26',
  },
  'hotline-service-targets': {
    id: 'hotline-service-targets',
    title:
      '社区服务工单时限与升级规则（区级热线运行方案，待区卫健局确认）(Service-level targets and escalation of the district service desk, local policy to be confirmed)',
    publisher: '区新冠疫情防控指挥部 / 社区健康热线 District command / community health hotline',
    date: '2023-01',
  },
  'state-council-key-pop-2023-01-03': {
    id: 'state-council-key-pop-2023-01-03',
    title: '关于进一步做好重点人群健康服务工作的通知 (Notice on health services for key populations)',
    publisher: '国务院联防联控机制 State Council Joint Prevention and Control Mechanism',
    date: '2023-01-03',
  },
  'state-council-key-pop-plan-2022-12': {
    id: 'state-council-key-pop-plan-2022-12',
    title:
      '新冠重点人群健康服务工作方案 (Work plan for health services to key COVID-19 groups: red / yellow / green by chronic disease, vaccination and risk after infection)',
    publisher: '国务院联防联控机制综合组 State Council Joint Prevention and Control Mechanism',
    date: '2022-12',
  },
  'covid-risk-grading-table': {
    id: 'covid-risk-grading-table',
    title:
      '新冠肺炎相关健康风险评估标准 (health-risk grading table by age band, chronic disease stable/unstable and full vaccination, with its 0-6 supplementary score; as published by local health services implementing the work plan — checked against a published copy, not against the plan itself)',
    publisher: '基层医疗卫生机构 (local implementation of the State Council work plan)',
    date: '2022-12',
  },
  'nhc-home-drug-list-2022': {
    id: 'nhc-home-drug-list-2022',
    title: '新冠病毒感染者居家治疗常用药参考表 (Reference list of common medicines for home treatment)',
    publisher: '国务院联防联控机制综合组 State Council Joint Prevention and Control Mechanism',
    date: '2022-12-08',
  },
  'nhc-dx-10-2023': {
    id: 'nhc-dx-10-2023',
    title:
      '新型冠状病毒感染诊疗方案（试行第十版）(Diagnosis and treatment protocol for SARS-CoV-2 infection, 10th trial edition)',
    publisher: '国家卫生健康委员会 / 国家中医药管理局',
    date: '2023-01-05',
  },
  'hz-med-safety-2022': {
    id: 'hz-med-safety-2022',
    title:
      '杭州市疫情防控新闻发布会：专家谈新冠用药安全七点提醒 (Hangzhou press briefing: seven expert reminders on medication safety)',
    publisher: '杭州市卫生健康委员会 Hangzhou Municipal Health Commission',
    date: '2022-12',
  },
  'nmpa-labels': {
    id: 'nmpa-labels',
    title: '药品说明书（国家药监局批准）及非处方药说明书范本 (NMPA-approved package inserts and OTC label templates)',
    publisher: '国家药品监督管理局 National Medical Products Administration',
    date: '2022',
    url: 'https://www.nmpa.gov.cn/datasearch/home-index.html',
  },
  'fda-otc-labels': {
    id: 'fda-otc-labels',
    title:
      "Drug Facts labels of US over-the-counter products (Tylenol, Children's Tylenol, Advil, Motrin, Children's and Infants' Motrin and Advil, Aleve, NyQuil, DayQuil, Sudafed, Robitussin, Mucinex, Benadryl, Theraflu, Excedrin)",
    publisher: 'US Food and Drug Administration / National Library of Medicine DailyMed',
    date: '2022',
    url: 'https://dailymed.nlm.nih.gov/dailymed/',
  },
  'drugs-com-labels': {
    id: 'drugs-com-labels',
    title: 'Drugs.com: product ingredient and label pages',
    publisher: 'Drugs.com',
    date: '2022',
    url: 'https://www.drugs.com/',
  },
  'uk-emc-labels': {
    id: 'uk-emc-labels',
    title:
      'electronic medicines compendium: patient leaflets of UK products (Panadol, Calpol Infant and SixPlus, Lemsip, Nurofen, Nurofen for Children, Calprofen, Sudafed, Benadryl)',
    publisher: 'Datapharm / UK Medicines and Healthcare products Regulatory Agency',
    date: '2022',
    url: 'https://www.medicines.org.uk/emc',
  },
  'nhs-paracetamol': {
    id: 'nhs-paracetamol',
    title: 'Paracetamol for adults; Paracetamol for children',
    publisher: 'NHS (UK National Health Service)',
    date: '2022',
    url: 'https://www.nhs.uk/medicines/paracetamol-for-adults/',
  },
  'nhs-ibuprofen': {
    id: 'nhs-ibuprofen',
    title: 'Ibuprofen for adults; Ibuprofen for children',
    publisher: 'NHS (UK National Health Service)',
    date: '2022',
    url: 'https://www.nhs.uk/medicines/ibuprofen-for-adults/',
  },
  'nhs-medicines': {
    id: 'nhs-medicines',
    title: 'NHS Medicines A to Z (aspirin, pseudoephedrine, chlorphenamine, diphenhydramine, codeine and others)',
    publisher: 'NHS (UK National Health Service)',
    date: '2022',
    url: 'https://www.nhs.uk/medicines/',
  },
  'pfizer-paxlovid-label': {
    id: 'pfizer-paxlovid-label',
    title:
      'PAXLOVID (nirmatrelvir tablets; ritonavir tablets): prescribing information and fact sheet for healthcare providers',
    publisher: 'Pfizer / US Food and Drug Administration',
    date: '2022-12',
  },
  'liverpool-covid-interactions': {
    id: 'liverpool-covid-interactions',
    title: 'COVID-19 Drug Interactions checker',
    publisher: 'University of Liverpool',
    date: '2022',
    url: 'https://www.covid19-druginteractions.org/',
  },
  'who-home-care-2020': {
    id: 'who-home-care-2020',
    title:
      'Home care for patients with suspected or confirmed COVID-19 and management of their contacts: interim guidance',
    publisher: 'World Health Organization',
    date: '2020-08-12',
  },
  'antigen-self-test-ifu': {
    id: 'antigen-self-test-ifu',
    title:
      'COVID-19 antigen self-tests: instructions for use of approved kits (storage 2–30 °C; an invalid result when the control line does not show)',
    publisher:
      'National Medical Products Administration; US Food and Drug Administration (At-home OTC COVID-19 diagnostic tests)',
    date: '2022',
    url: 'https://www.fda.gov/medical-devices/coronavirus-covid-19-and-medical-devices/home-otc-covid-19-diagnostic-tests',
  },
  'cdc-cleaning-home': {
    id: 'cdc-cleaning-home',
    title: 'Cleaning and disinfecting your home (never mix bleach with other cleaners)',
    publisher: 'US Centers for Disease Control and Prevention',
    date: '2021',
  },
  'fda-nsaid-pregnancy-2020': {
    id: 'fda-nsaid-pregnancy-2020',
    title: 'FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later',
    publisher: 'US Food and Drug Administration (Drug Safety Communication)',
    date: '2020-10-15',
  },
  'fda-nsaid-cv-2015': {
    id: 'fda-nsaid-cv-2015',
    title: 'FDA strengthens warning that non-aspirin NSAIDs can cause heart attacks or strokes',
    publisher: 'US Food and Drug Administration (Drug Safety Communication)',
    date: '2015-07-09',
  },
  'fda-ibuprofen-aspirin-2006': {
    id: 'fda-ibuprofen-aspirin-2006',
    title: 'Concomitant use of ibuprofen and aspirin: potential for attenuation of the anti-platelet effect of aspirin',
    publisher: 'US Food and Drug Administration',
    date: '2006-09',
  },
  'fda-cough-cold-children-2008': {
    id: 'fda-cough-cold-children-2008',
    title: 'Public health advisory: nonprescription cough and cold medicine use in children under 2 years',
    publisher: 'US Food and Drug Administration',
    date: '2008-01-17',
  },
  'fda-phenylephrine-2023': {
    id: 'fda-phenylephrine-2023',
    title: 'Nonprescription Drugs Advisory Committee: oral phenylephrine is not effective as a nasal decongestant',
    publisher: 'US Food and Drug Administration',
    date: '2023-09-12',
  },
  'cdc-flu-antivirals': {
    id: 'cdc-flu-antivirals',
    title:
      'Influenza antiviral medications: summary for clinicians (adamantanes not recommended because of resistance)',
    publisher: 'US Centers for Disease Control and Prevention',
    date: '2022',
  },
  'ags-beers-2023': {
    id: 'ags-beers-2023',
    title:
      'American Geriatrics Society 2023 updated AGS Beers Criteria for potentially inappropriate medication use in older adults',
    publisher: 'American Geriatrics Society (J Am Geriatr Soc)',
    date: '2023',
  },
  'nice-ng143-2019': {
    id: 'nice-ng143-2019',
    title: 'Fever in under 5s: assessment and initial management (NG143)',
    publisher: 'National Institute for Health and Care Excellence (UK)',
    date: '2019-11-07',
    url: 'https://www.nice.org.uk/guidance/ng143',
  },
  'cn-child-fever-2016': {
    id: 'cn-child-fever-2016',
    title:
      '中国0至5岁儿童病因不明的急性发热诊断和处理若干问题循证指南（标准版）(Evidence-based guideline on acute fever without known cause in children aged 0–5 in China)',
    publisher: '中华实用儿科临床杂志 Chinese Journal of Applied Clinical Pediatrics',
    date: '2016',
  },
  lactmed: {
    id: 'lactmed',
    title: 'Drugs and Lactation Database (LactMed)',
    publisher: 'US National Library of Medicine',
    date: '2022',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK501922/',
  },
  'gb-t-19095-2019': {
    id: 'gb-t-19095-2019',
    title:
      'GB/T 19095-2019 生活垃圾分类标志 (Signs for classification of municipal solid waste: expired medicines are hazardous waste)',
    publisher: '国家市场监督管理总局 / 国家标准化管理委员会',
    date: '2019',
  },
  // ----- emergency screen (triage/red-flags.ts) -----
  'who-covid-clinical-2023': {
    id: 'who-covid-clinical-2023',
    title:
      'Clinical management of COVID-19: living guideline (severity: severe = SpO2 < 90% on room air or signs of severe respiratory distress)',
    publisher: 'World Health Organization (WHO/2019-nCoV/clinical/2023.2)',
    date: '2023-08-18',
    url: 'https://www.who.int/publications/i/item/WHO-2019-nCoV-clinical-2023.2',
  },
  'pmph-diagnostics-9-haemoptysis': {
    id: 'pmph-diagnostics-9-haemoptysis',
    title: '诊断学（第9版）咯血：咯血量分级（24小时 <100 ml 小量，100–500 ml 中等量，>500 ml 或一次 >300 ml 大量）',
    publisher: '人民卫生出版社 (People’s Medical Publishing House), national textbook',
    date: '2018',
    url: 'https://www.pmph.com/',
  },
  'cdc-covid-emergency-signs': {
    id: 'cdc-covid-emergency-signs',
    title:
      'COVID-19: when to seek emergency care (trouble breathing, persistent chest pain or pressure, new confusion, cannot wake or stay awake, pale, grey or blue skin, lips or nail beds)',
    publisher: 'US Centers for Disease Control and Prevention',
    date: 'web page, reviewed periodically',
    url: 'https://www.cdc.gov/covid/signs-symptoms/',
  },
  'nhs-when-to-call-999': {
    id: 'nhs-when-to-call-999',
    title:
      'When to call 999 (struggling to breathe, chest pain, unconscious, seizure, sudden confusion, stroke signs, heavy bleeding, severe allergic reaction, suicide attempt)',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/',
  },
  'asa-be-fast-stroke-120': {
    id: 'asa-be-fast-stroke-120',
    title:
      'Stroke warning signs: F.A.S.T. / BE-FAST (face drooping, arm weakness, speech difficulty, time to call) and the Chinese "中风120" (Stroke 1-2-0) public education tool',
    publisher: 'American Stroke Association; Zhao J, Liu R. Lancet Neurol 2017;16(1):27-28 (Stroke 1-2-0)',
    date: '2017-01',
    url: 'https://www.stroke.org/en/about-stroke/stroke-symptoms',
  },
  'aha-heart-attack-signs': {
    id: 'aha-heart-attack-signs',
    title:
      'Warning signs of a heart attack (chest pain or pressure, with sweating, breathlessness): call emergency services',
    publisher: 'American Heart Association',
    date: 'web page, reviewed periodically',
    url: 'https://www.heart.org/en/health-topics/heart-attack/warning-signs-of-a-heart-attack',
  },
  'nhs-overdose-poisoning': {
    id: 'nhs-overdose-poisoning',
    title:
      'Poisoning / paracetamol overdose: get emergency help at once even if the person feels well; take the packet with you',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/poisoning/',
  },
  'nice-cg37-postnatal': {
    id: 'nice-cg37-postnatal',
    title:
      'Postnatal care (CG37), table 5-1: signs of potentially life-threatening conditions after birth (haemorrhage, pre-eclampsia, thromboembolism, infection)',
    publisher:
      'National Institute for Health and Care Excellence (NICE), via the National Collaborating Centre for Primary Care',
    date: '2006',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK55925/',
  },
  'nhs-carbon-monoxide': {
    id: 'nhs-carbon-monoxide',
    title:
      'Carbon monoxide poisoning: headache, dizziness, feeling or being sick, weakness, confusion, chest pain, breathlessness; open windows, go outside, get medical help',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/carbon-monoxide-poisoning/',
  },
  'nhs-anaphylaxis': {
    id: 'nhs-anaphylaxis',
    title: 'Anaphylaxis: swelling of throat, tongue or lips with breathing difficulty: call emergency services',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/anaphylaxis/',
  },
  'nhc-12356-2024': {
    id: 'nhc-12356-2024',
    title:
      '关于设置全国统一心理援助热线电话号码的通知: 12356 national psychological assistance hotline (all regions connected by 2025-05-01; at least 18 h a day)',
    publisher: '国家卫生健康委员会 National Health Commission of the PRC',
    date: '2024-12-25',
  },
  'nhs-self-harm': {
    id: 'nhs-self-harm',
    title:
      'Self-harm: call 999 or go to A&E if you have seriously hurt yourself (a deep cut, heavy bleeding) or feel you may act on thoughts of ending your life; otherwise see a GP or call a helpline',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/mental-health/conditions/self-harm/',
  },
  'nhs-tia': {
    id: 'nhs-tia',
    title:
      'Transient ischaemic attack (TIA): call 999 for the signs of a stroke even if they go away while you wait; a TIA is a warning of a stroke',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/transient-ischaemic-attack-tia/',
  },
  'nhs-choking': {
    id: 'nhs-choking',
    title: 'Choking: what to do (back blows, abdominal thrusts); call 999 if the blockage does not clear',
    publisher: 'NHS (England) / British Red Cross first aid',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/choking/',
  },
  'rcp-news2-2017': {
    id: 'rcp-news2-2017',
    title:
      'National Early Warning Score (NEWS) 2: respiratory rate ≤ 8 or ≥ 25, heart rate ≤ 40 or ≥ 131, systolic BP ≤ 90 score 3 (red)',
    publisher: 'Royal College of Physicians (London)',
    date: '2017-12',
    url: 'https://www.rcplondon.ac.uk/projects/outputs/national-early-warning-score-news-2',
  },
  'asthma-uk-attack': {
    id: 'asthma-uk-attack',
    title:
      'Asthma attack: what to do (1 puff of reliever every 30–60 s up to 10; call emergency services if not better, or worse, at any point)',
    publisher: 'Asthma + Lung UK; GINA 2023 report',
    date: '2023',
    url: 'https://www.asthmaandlung.org.uk/conditions/asthma/asthma-attacks',
  },
  'nhs-meningitis': {
    id: 'nhs-meningitis',
    title:
      'Meningitis: fever, stiff neck, dislike of bright lights, a rash that does not fade under a glass, drowsiness: call 999 or go to A&E; do not wait for a rash',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/meningitis/',
  },
  'uk-sepsis-trust': {
    id: 'uk-sepsis-trust',
    title:
      'Sepsis signs (adults: slurred speech or confusion, extreme shivering, passing no urine in a day, severe breathlessness, "feels like going to die", mottled or discoloured skin; children: mottled, bluish or pale, very lethargic, breathing very fast, fit): call 999',
    publisher: 'UK Sepsis Trust; NICE NG51 (2016, updated 2024)',
    date: '2024',
    url: 'https://sepsistrust.org/about/about-sepsis/',
  },
  'nhs-head-injury': {
    id: 'nhs-head-injury',
    title:
      'Head injury and concussion: call 999 after a head injury with unconsciousness, a fit, vomiting, drowsiness, confusion, clear fluid from nose or ears; A&E if on blood-thinning medicine',
    publisher: 'NHS (England); NICE NG232 (2023)',
    date: '2023',
    url: 'https://www.nhs.uk/conditions/head-injury-and-concussion/',
  },
  'nhs-burns': {
    id: 'nhs-burns',
    title:
      'Burns and scalds: cool under running water for 20 minutes; A&E for large or deep burns, burns to the face, hands or genitals, and burns in children or older people',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/burns-and-scalds/',
  },
  'nhs-headaches': {
    id: 'nhs-headaches',
    title:
      'Headaches: a sudden headache that is extremely painful (thunderclap), or one after a head injury that gets worse: call 999',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/headaches/',
  },
  'nhs-dvt': {
    id: 'nhs-dvt',
    title:
      'DVT (deep vein thrombosis): pain, swelling and warm red skin in one leg, often the calf: an urgent GP appointment or 111; breathless or chest pain: 999',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
  },
  'nhs-hypothermia': {
    id: 'nhs-hypothermia',
    title: 'Hypothermia: very cold, confused or drowsy, slow breathing, shivering that stops: call 999; warm slowly',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/hypothermia/',
  },
  'aha-acls-tachy-brady': {
    id: 'aha-acls-tachy-brady',
    title:
      'Adult tachycardia and bradycardia algorithms: rates ≥ 150/min usually cause symptoms; bradycardia < 50/min with symptoms needs emergency care',
    publisher: 'American Heart Association, Guidelines for CPR and ECC',
    date: '2020',
    url: 'https://cpr.heart.org/en/resuscitation-science/cpr-and-ecc-guidelines/algorithms',
  },
  'aha-hypertensive-crisis': {
    id: 'aha-hypertensive-crisis',
    title:
      'Hypertensive crisis: 180/120 mm Hg or higher; with chest pain, shortness of breath, back pain, weakness or numbness, vision change or difficulty speaking call emergency services; without symptoms contact your doctor (China: 中国高血压防治指南 2018 agrees)',
    publisher: 'American Heart Association',
    date: '2017 (ACC/AHA guideline), web page reviewed periodically',
    url: 'https://www.heart.org/en/health-topics/high-blood-pressure/understanding-blood-pressure-readings/hypertensive-crisis-when-you-should-call-911-for-high-blood-pressure',
  },
  'ada-hypoglycaemia': {
    id: 'ada-hypoglycaemia',
    title:
      'Standards of Care in Diabetes, glycemic targets: hypoglycaemia level 1 < 3.9 mmol/L (70 mg/dL), level 2 < 3.0 mmol/L (54 mg/dL), level 3 altered mental status needing assistance',
    publisher: 'American Diabetes Association, Diabetes Care 2023;46(Suppl 1)',
    date: '2023',
    url: 'https://diabetesjournals.org/care/article/46/Supplement_1/S97/148053',
  },
  'ada-hyperglycaemic-crises': {
    id: 'ada-hyperglycaemic-crises',
    title:
      'Hyperglycaemic crises in adults with diabetes (DKA, HHS): glucose ≥ 250 mg/dL (13.9) with ketosis, or ≥ 600 mg/dL (33.3 mmol/L); vomiting, fast breathing and drowsiness need emergency care',
    publisher: 'American Diabetes Association consensus report, Diabetes Care 2024;47(8):1257',
    date: '2024',
    url: 'https://diabetesjournals.org/care/article/47/8/1257/156808',
  },
  'uk-kidney-hyperkalaemia-2023': {
    id: 'uk-kidney-hyperkalaemia-2023',
    title:
      'Clinical practice guideline: treatment of acute hyperkalaemia in adults (severe ≥ 6.5 mmol/L is an emergency; 6.0–6.4 moderate)',
    publisher: 'UK Kidney Association',
    date: '2023',
    url: 'https://ukkidney.org/health-professionals/guidelines/treatment-acute-hyperkalaemia-adults',
  },
  'nhs-baby-vomiting': {
    id: 'nhs-baby-vomiting',
    title:
      'Vomiting in babies and children: call 999 or go to A&E if the vomit is green or yellow-green (bile), or the baby is floppy or not feeding',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/vomiting/',
  },
  'nhs-heart-failure': {
    id: 'nhs-heart-failure',
    title: 'Heart failure: symptoms (breathlessness lying down, swollen ankles and legs) and when to get help',
    publisher: 'NHS (UK National Health Service)',
    date: '2022',
    url: 'https://www.nhs.uk/conditions/heart-failure/symptoms/',
  },
  'nhs-drug-allergy': {
    id: 'nhs-drug-allergy',
    title:
      'Drug allergy: a rash or hives after a new medicine; call 111 or a GP, 999 for swelling or breathing problems',
    publisher: 'NHS (UK National Health Service)',
    date: '2022',
    url: 'https://www.nhs.uk/conditions/drug-allergy/',
  },
  'sja-drowning': {
    id: 'sja-drowning',
    title:
      'First aid for drowning (adult and child): once the person is out of the water call 999, check breathing, start CPR if not breathing; anyone who nearly drowned goes to hospital even if they seem to recover',
    publisher: 'St John Ambulance',
    date: 'web page, reviewed periodically',
    url: 'https://www.sja.org.uk/get-advice/first-aid-advice/breathing-difficulties/drowning/',
  },
  'nhs-epilepsy-seizure': {
    id: 'nhs-epilepsy-seizure',
    title:
      'What to do if someone has a seizure: call 999 if it is their first seizure, it lasts more than 5 minutes, they do not regain consciousness, they have several without coming round, or they are seriously injured',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/epilepsy/what-to-do-if-someone-has-a-seizure-fit/',
  },
  'nhs-pleurisy': {
    id: 'nhs-pleurisy',
    title:
      'Pleurisy: see a GP if you have a sharp chest pain when you breathe; call 999 with chest pain that spreads, or breathlessness',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/pleurisy/',
  },
  'nhs-quinsy': {
    id: 'nhs-quinsy',
    title:
      'Quinsy (an abscess beside a tonsil): a severe sore throat on one side, difficulty swallowing or opening the mouth — an urgent GP appointment or 111; 999 for breathing difficulty',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/quinsy/',
  },
  'nhs-broken-bones': {
    id: 'nhs-broken-bones',
    title:
      'Broken bones and dislocations: call 999 if the bone is sticking out of the skin, a leg or arm is at an odd angle, there is heavy bleeding, or the person has a head, neck or back injury',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/broken-arm-or-wrist/',
  },
  'nhs-testicle-pain': {
    id: 'nhs-testicle-pain',
    title:
      'Testicle pain: go to A&E immediately for sudden, severe pain in a testicle, or testicle pain with tummy pain, feeling sick or vomiting (testicular torsion); see a GP for other pain',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/testicle-pain/',
  },
  'rcog-cord-prolapse': {
    id: 'rcog-cord-prolapse',
    title:
      'Umbilical cord prolapse (Green-top Guideline No. 50) and its patient information: if the cord is seen or felt at or below the vagina after the waters break, call 999 at once and get on knees and elbows',
    publisher: 'Royal College of Obstetricians and Gynaecologists',
    date: '2014',
    url: 'https://www.rcog.org.uk/guidance/browse-all-guidance/green-top-guidelines/umbilical-cord-prolapse-green-top-guideline-no-50/',
  },
  'sja-electric-shock': {
    id: 'sja-electric-shock',
    title:
      'First aid for electric shock: break the contact safely; call the ambulance for burns, a racing or irregular heart, or any loss of consciousness',
    publisher: 'St John Ambulance',
    date: 'web page, reviewed periodically',
    url: 'https://www.sja.org.uk/get-advice/first-aid-advice/electric-shock/',
  },
  'nhs-dehydration': {
    id: 'nhs-dehydration',
    title:
      'Dehydration: peeing little, dark strong-smelling pee, dizziness, a dry mouth — an urgent GP appointment or 111 if it does not improve or the person is peeing little or not at all',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/dehydration/',
  },
  'nhs-ear-infections': {
    id: 'nhs-ear-infections',
    title:
      'Ear infections: see a GP or call 111 for fluid coming from the ear, a very high temperature with ear pain, or severe pain',
    publisher: 'NHS (England)',
    date: 'web page, reviewed periodically',
    url: 'https://www.nhs.uk/conditions/ear-infections/',
  },
  'nhs-conditions': {
    id: 'nhs-conditions',
    title:
      'NHS Health A to Z: sore throat, cough, lost or changed sense of smell, diarrhoea and vomiting, fever in adults',
    publisher: 'NHS (UK National Health Service)',
    date: '2022',
    url: 'https://www.nhs.uk/conditions/',
  },
  'who-covid-mythbusters': {
    id: 'who-covid-mythbusters',
    title:
      'Coronavirus disease (COVID-19) advice for the public: Mythbusters (alcohol, saline rinses, garlic and other home remedies do not prevent or cure COVID-19; antibiotics do not work against viruses)',
    publisher: 'World Health Organization',
    date: '2022',
    url: 'https://www.who.int/emergencies/diseases/novel-coronavirus-2019/advice-for-public/myth-busters',
  },
} satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

export function getSource(id: string): Source | undefined {
  return (SOURCES as Record<string, Source>)[id];
}
