/**
 * Domain lexicon used as extra classifier features.
 *
 * Character n-grams alone cannot tell that 美林 and Advil are both medicines: a caller who names
 * a brand the corpus never used would otherwise get no help from it. Each concept adds one feature ("#med", "#cond"…) whenever any
 * of its terms occurs, so the model learns "medicine + 一次几片" → dose once, for every brand,
 * and "regular drug/condition + 能吃吗" → condition for 华法林 as well as for 糖尿病.
 *
 * This is feature engineering, not entity extraction (nlp/entities/ owns that): a term here
 * only needs to be a good hint for the intent.
 */

export type ConceptId =
  // what the message is about
  | 'med' | 'cond' | 'sym' | 'emerg' | 'clinic' | 'kit' | 'offtopic'
  // what is being asked
  | 'ifwhen' | 'qty' | 'together' | 'expiry' | 'buy' | 'rumour' | 'release' | 'household' | 'where'
  | 'deliver' | 'ride' | 'doctor' | 'progress' | 'human' | 'hello' | 'thanks';

/**
 * Terms per concept. The "what is being asked" groups are cue words (几片, together, 过期, 出门…):
 * they are shared by several intents, and the model weighs them against everything else.
 */
/** Terms per concept. Han terms match as substrings; Latin terms as whole words/phrases. */
export const CONCEPTS: Readonly<Record<ConceptId, readonly string[]>> = {
  med: [
    '布洛芬', '对乙酰氨基酚', '扑热息痛', '泰诺林', '泰诺', '美林', '芬必得', '散利痛', '必理通',
    '连花清瘟', '金花清感', '感冒灵', '白加黑', '快克', '康泰克', '蒲地蓝', '板蓝根', '清开灵',
    '藿香正气', '奈玛特韦', '利托那韦', '阿兹夫定', '奥司他韦', '达菲', '头孢', '阿莫西林',
    '左氧氟沙星', '抗生素', '消炎药', '退烧药', '退热药', '感冒药', '止咳药', '止痛药', '止咳糖浆',
    '止咳水', '糖浆', '枇杷膏', '安乃近', '阿司匹林', '混悬液', '滴剂', '胶囊', '颗粒', '冲剂',
    '中成药', '西药', '中药', '药片',
    'paxlovid', 'tylenol', 'advil', 'motrin', 'nurofen', 'panadol', 'calpol', 'ibuprofen',
    'paracetamol', 'acetaminophen', 'nyquil', 'dayquil', 'sudafed', 'theraflu', 'mucinex',
    'robitussin', 'excedrin', 'aleve', 'benadryl', 'tamiflu', 'oseltamivir', 'azvudine',
    'amoxicillin', 'aspirin', 'bufferin', 'lianhua', 'qingwen', 'ganmaoling', 'antibiotic',
    'antibiotics', 'decongestant', 'decongestants', 'painkiller', 'painkillers', 'cough syrup',
    'fever reducer', 'fever reducers', 'cold medicine', 'lozenges', 'tablets', 'capsules',
  ],
  cond: [
    '怀孕', '孕妇', '孕期', '孕早期', '孕晚期', '备孕', '怀着', '哺乳', '喂奶', '母乳', '坐月子',
    '高血压', '糖尿病', '心脏病', '冠心病', '心衰', '支架', '哮喘', '肝', '肾', '胃溃疡', '胃病',
    '胃出血', '痛风', '甲亢', '甲减', '青光眼', '前列腺', '癫痫', '蚕豆病', '血小板', '乙肝',
    '慢性病', '基础病', '华法林', '二甲双胍', '他汀', '降压药', '激素', '抗抑郁', '免疫力低',
    '过敏', '婴儿', '新生儿',
    'pregnant', 'pregnancy', 'breastfeeding', 'nursing', 'trimester', 'diabetes', 'diabetic',
    'hypertension', 'hypertensive', 'blood pressure', 'heart disease', 'heart failure',
    'heart condition', 'asthma', 'kidney', 'kidneys', 'liver', 'hepatitis', 'cirrhosis', 'ulcer',
    'gout', 'glaucoma', 'prostate', 'epilepsy', 'g6pd', 'platelets', 'thyroid', 'warfarin',
    'blood thinner', 'blood thinners', 'metformin', 'statin', 'statins', 'steroids',
    'antidepressant', 'antidepressants', 'sertraline', 'immunocompromised', 'chronic', 'allergic',
    'infant', 'newborn',
  ],
  sym: [
    '发烧', '高烧', '低烧', '烧退', '咳嗽', '干咳', '咳痰', '嗓子', '喉咙', '咽', '头疼', '头痛',
    '腹泻', '拉肚子', '拉稀', '流鼻涕', '鼻涕', '鼻塞', '喷嚏', '乏力', '没劲', '没力气', '酸痛',
    '酸疼', '肌肉疼', '嗅觉', '味觉', '没味道', '痰', '发冷', '寒战', '恶心', '出汗', '头晕',
    '失眠', '哑', '眼睛疼', '耳朵疼',
    'fever', 'feverish', 'temperature', 'cough', 'coughing', 'throat', 'headache', 'diarrhea',
    'diarrhoea', 'runny', 'stuffy', 'congestion', 'sneezing', 'fatigue', 'tired', 'exhausted',
    'ache', 'aches', 'achy', 'aching', 'smell', 'taste', 'phlegm', 'mucus', 'chills', 'shivering',
    'nausea', 'sweats', 'sweating', 'dizzy', 'hoarse', 'voice', 'appetite',
  ],
  emerg: [
    '昏迷', '晕倒', '晕过去', '昏倒', '抽搐', '惊厥', '抽风', '喘不上', '喘不过', '上不来气',
    '呼吸困难', '憋气', '发紫', '青紫', '乌紫', '发青', '胸痛', '胸口疼', '胸口痛', '叫不醒',
    '喊不醒', '没反应', '不省人事', '意识不清', '意识模糊', '吐血', '呕血', '中风', '嘴歪',
    '口歪', '救护车', '救命', '没呼吸', '呼吸停', '没心跳', '大出血', '不想活', '自杀', '割腕',
    '跳楼', '流血不止', '血止不住', '口吐白沫', '中毒', '噎住', '卡住', '窒息', '半边身子', '偏瘫',
    '说话不清', '口齿不清', '剧痛', '脉搏', '急救', '120', '昏睡', '呼吸急促', '呼吸费力',
    'unconscious', 'unresponsive', 'collapsed', 'fainted', 'passed out', 'seizure', 'seizures',
    'convulsing', 'convulsions', 'fitting', "can't breathe", 'cannot breathe', 'not breathing',
    'stopped breathing', 'struggling to breathe', 'gasping', 'blue lips', 'lips are blue',
    'turning blue', 'chest pain', 'stroke', 'drooping', 'slurred', 'ambulance', 'overdose',
    'overdosed', 'kill myself', 'suicide', 'choking', 'limp', "won't wake", 'bleeding heavily',
    'coughing blood', 'coughing up blood', 'vomiting blood', 'blood everywhere', 'emergency',
    'dying', 'life threatening', 'no pulse', 'no heartbeat', 'heart stopped', 'not responding',
    'suffocating', 'poisoning', 'carbon monoxide', 'throat closing', 'throat swelling',
    'end his life', 'end my life', 'suicidal', 'unrousable', 'can not wake', 'can not be woken',
    'breathless', '120', '911',
  ],
  clinic: [
    '发热门诊', '发热诊室', '发烧门诊', '社区医院', '社区卫生服务中心', '卫生服务中心', '卫生院',
    '卫生站', '卫生室', '卫生所', '诊所', '门诊',
    'fever clinic', 'fever clinics', 'health centre', 'health center', 'health station',
    'health post', 'clinic', 'clinics',
  ],
  kit: [
    '抗原', '试剂', '血氧仪', '指夹', '制氧机', '氧气瓶', '测温枪', '体温计',
    'antigen', 'test kit', 'test kits', 'oximeter', 'oxygen concentrator', 'thermometer',
  ],
  offtopic: [
    '天气', '下雨', '下雪', '股票', '股市', '基金', '停车', '车位', '外卖', '笑话', '段子', '个税',
    '所得税', '税务', '发票', '水费', '电费', '燃气费', '话费', '宽带', '快递', '机票', '火车票',
    '高铁', '房价', '租房', '装修', '彩票', '电视', '电影', '世界杯', '比分', '菜谱', '减肥',
    '作业', '高考', '社保', '养老金', '退休金', '公积金', '身份证', '户口', '护照', '驾照', '违章',
    '物业', '电梯', '工资', '旅游',
    'weather', 'rain', 'snow', 'sunny', 'stock', 'stocks', 'shares', 'bitcoin', 'parking',
    'joke', 'song', 'story', 'takeaway', 'pizza', 'restaurant', 'tax', 'invoice', 'bill',
    'parcel', 'package', 'flight', 'train', 'subway', 'bus', 'rent', 'renovation', 'lottery',
    'tv', 'movie', 'cinema', 'football', 'nba', 'recipe', 'cook', 'homework', 'exam', 'pension',
    'passport', 'licence', 'license', 'insurance', 'property management', 'salary', 'job',
  ],
  /** A condition or a question about when to act: "如果喘不上气", "when should I call 120". */
  ifwhen: [
    '如果', '万一', '假如', '要是', '什么情况', '哪些情况', '哪种情况', '哪些症状', '什么症状', '危险信号',
    '征兆', '什么时候该', '什么时候要', '什么时候需要', '多少算', '算危险', '什么样的',
    'what if', 'in case', 'when should', 'when do i need', 'at what point', 'warning signs',
    'danger signs', 'red flags', 'how do i know if', 'how will i know', 'what signs', 'which symptoms',
    'what symptoms', 'too low', 'dangerous',
  ],
  qty: [
    '几片', '几粒', '几颗', '几包', '几袋', '几勺', '几毫升', '毫升', '毫克', '几次', '几回', '几顿',
    '剂量', '用量', '用法', '一次吃', '一次喝', '每次', '最多', '隔多久', '间隔', '几个小时',
    '几个钟头', '疗程', '饭前', '饭后', '空腹', '漏吃', '漏服', '半片', '再吃一次',
    'dose', 'doses', 'dosage', 'dosing', 'hours apart', 'missed a dose', 'mg', 'ml', 'tsp',
    'teaspoon', 'empty stomach', 'with food', 'before meals', 'after meals', 'how many tablets',
    'how many pills', 'how many capsules', 'how much should i take', 'how often can i take',
  ],
  together: [
    '一起', '同时', '一块', '混着', '混用', '搭配', '交替', '轮流', '换着', '重复', '成分',
    '相互作用', '冲突', '叠加', '又吃', '再加',
    'together', 'same time', 'combine', 'combining', 'combined', 'mix', 'mixing', 'mixed',
    'alternate', 'alternating', 'rotation', 'interact', 'interaction', 'interactions', 'both',
    'double up', 'on top of', 'same ingredient', 'same ingredients', 'already took',
  ],
  expiry: [
    '过期', '有效期', '保质期', '生产日期', '保存', '存放', '冷藏', '冰箱', '受潮', '变色', '发霉',
    '开封', '开瓶',
    'expired', 'expiry', 'expiration', 'expire', 'shelf life', 'store', 'storage', 'fridge',
    'refrigerate', 'refrigeration', 'opened', 'moldy', 'mouldy',
  ],
  buy: [
    '哪里买', '哪买', '哪能买', '在哪买', '买到', '买不到', '卖光', '断货', '缺货', '药店', '处方',
    '网上买', '网购', '代购', '囤',
    'buy', 'where to get', 'pharmacy', 'pharmacies', 'sold out', 'out of stock', 'in stock',
    'prescription', 'online', 'taobao', 'stock up',
  ],
  rumour: [
    '真的假的', '是真的吗', '谣言', '网传', '听说', '偏方', '特效药', '奇效', '靠谱', '可信',
    '智商税', '有没有用', '有用吗', '假药', '仿制药', '预防',
    'rumour', 'rumor', 'true', 'really', 'fake', 'scam', 'legit', 'genuine', 'cure', 'cures',
    'miracle', 'myth', 'effective', 'people say', 'heard', 'prevent', 'counterfeit',
  ],
  release: [
    '出门', '出去', '上班', '复工', '上学', '返校', '回学校', '幼儿园', '单位', '公司',
    '解除隔离', '隔离结束', '结束隔离', '隔离期', '转阴', '阴性', '传染性', '还传染', '待多久',
    '待几天', '阳康',
    'go out', 'going out', 'leave the house', 'back to work', 'return to work', 'go to work',
    'school', 'daycare', 'kindergarten', 'office', 'end isolation', 'stop isolating',
    'contagious', 'infectious', 'negative', 'recovered',
  ],
  household: [
    '消毒', '通风', '开窗', '口罩', '分开', '隔开', '分房', '单独', '家人', '家里人', '一家人', '一家子', '全家', '一家老小',
    '厕所', '卫生间', '洗手间', '马桶', '垃圾', '碗筷', '餐具', '毛巾', '衣服', '被子', '床单',
    '传染给', '交叉感染', '防护',
    'disinfect', 'disinfectant', 'bleach', 'ventilate', 'ventilation', 'windows', 'mask',
    'masks', 'separate', 'separately', 'apart', 'family', 'household', 'bathroom', 'toilet',
    'rubbish', 'trash', 'garbage', 'dishes', 'towels', 'laundry', 'sheets', 'spread', 'protect',
  ],
  where: [
    '在哪', '哪里', '哪儿', '哪个医院', '哪家', '附近', '最近的', '几点', '开门', '关门', '开不开',
    '开着', '营业', '周末', '周六', '周日', '半夜', '夜间', '节假日', '地址',
    'where', 'nearest', 'nearby', 'closest', 'open', 'opening', 'hours', 'what time', 'weekend',
    'saturday', 'sunday', 'midnight', 'address',
  ],
  deliver: [
    '送药', '送来', '送过来', '送到', '送上门', '送点', '送一', '配送', '捎', '帮忙买', '帮我买',
    '发药', '领', '借',
    'deliver', 'delivery', 'delivered', 'send', 'bring', 'drop off', 'drop', 'pick up',
    'hand out', 'borrow',
  ],
  ride: [
    '派车', '派个车', '接送', '陪诊', '陪同', '透析', '化疗', '放疗', '产检', '复查', '复诊',
    '出院', '打车', '打不到车', '轮椅', '去医院', '车',
    'car', 'ride', 'lift', 'taxi', 'transport', 'vehicle', 'drive', 'escort', 'accompany',
    'dialysis', 'chemo', 'chemotherapy', 'radiotherapy', 'wheelchair', 'discharged',
    'to the hospital', 'to hospital',
  ],
  doctor: [
    '医生', '大夫', '签约', '全科', '护士', '问诊', '回电话', '回电', '打给我', '上门看',
    'doctor', 'gp', 'nurse', 'physician', 'consult', 'consultation', 'telehealth', 'call me',
    'call back', 'phone me', 'ring me',
  ],
  progress: [
    '进度', '状态', '进展', '怎么还没', '还没', '到哪了', '处理', '受理', '申请的', '之前', '上次',
    '催', '单子', '工单', '单号', '编号', '消息', '动静', '回音', '结果',
    'status', 'progress', 'update', 'still', 'yet', 'waiting', 'ticket', 'request',
    'application', 'applied', 'submitted', 'earlier', 'promised', 'chase', 'follow up',
    'processed', 'accepted', 'approved',
  ],
  human: [
    '人工', '真人', '活人', '客服', '接线员', '话务员', '工作人员', '值班', '转接', '坐席', '机器人',
    '机器', '负责人', '领导',
    'human', 'person', 'agent', 'operator', 'staff', 'real', 'live', 'robot', 'bot', 'machine',
    'representative', 'supervisor', 'manager', 'customer service', 'transfer', 'someone',
  ],
  hello: [
    '你好', '您好', '喂', '在吗', '在不在', '有人吗', '早上好', '上午好', '下午好', '晚上好', '哈喽',
    '嗨', '早安', '新年好',
    'hello', 'hi', 'hey', 'hiya', 'morning', 'afternoon', 'evening', 'howdy', 'anyone there',
    'anybody there',
  ],
  thanks: [
    '谢谢', '谢了', '谢啦', '多谢', '感谢', '再见', '拜拜', '挂了', '知道了', '明白了', '清楚了',
    '辛苦',
    'thanks', 'thank', 'bye', 'goodbye', 'cheers', 'appreciate', 'appreciated', 'understood',
    'got it', 'that is all', 'hang up', 'take care', 'good night',
  ],
};

/**
 * Spelling variants folded to one form before featurising: homophone slips of speech-to-text
 * and pinyin input (莲花清瘟, 不洛芬), internet slang for being infected (羊了, 🐑), and English
 * typos/abbreviations. Keep entries unambiguous in this domain.
 */
export const ALIASES: ReadonlyArray<readonly [from: string, to: string]> = [
  ['莲花清瘟', '连花清瘟'], ['连花清温', '连花清瘟'], ['莲花清温', '连花清瘟'],
  ['不洛芬', '布洛芬'], ['布洛分', '布洛芬'], ['布罗芬', '布洛芬'], ['步洛芬', '布洛芬'],
  ['泰诺琳', '泰诺林'], ['太诺林', '泰诺林'], ['扑热息疼', '扑热息痛'], ['对乙酰氨基芬', '对乙酰氨基酚'],
  ['羊了', '阳了'], ['洋了', '阳了'], ['杨了', '阳了'], ['羊过', '阳过'], ['杨过', '阳过'],
  ['羊性', '阳性'], ['羊康', '阳康'], ['🐑', '阳'],
  ['发骚', '发烧'], ['核算', '核酸'], ['抗元', '抗原'], ['血养', '血氧'], ['发热门珍', '发热门诊'],
  ['家廷医生', '家庭医生'], ['隔力', '隔离'], ['格离', '隔离'], ['人攻', '人工'], ['咳簌', '咳嗽'],
  ['tylenal', 'tylenol'], ['tylanol', 'tylenol'], ['ibuprofin', 'ibuprofen'],
  ['ibuprophen', 'ibuprofen'], ['paracetemol', 'paracetamol'], ['paracetomol', 'paracetamol'],
  ['acetaminophin', 'acetaminophen'], ['covid-19', 'covid'], ['covid19', 'covid'],
  ['coronavirus', 'covid'], ['thx', 'thanks'], ['thnx', 'thanks'], ['pls', 'please'],
  ['plz', 'please'], ['doc', 'doctor'], ['appt', 'appointment'],
  ['temp', 'temperature'],
  // Who the caller speaks for says little about what they want; one spelling per relative
  // keeps "my mum"/"my mom"/"my mother" from splitting the evidence three ways.
  ['mum', 'mother'], ['mom', 'mother'], ['mommy', 'mother'], ['mummy', 'mother'], ['ma', 'mother'],
  ['dad', 'father'], ['daddy', 'father'], ['papa', 'father'], ['pa', 'father'],
  ['grandma', 'grandmother'], ['granny', 'grandmother'], ['nan', 'grandmother'],
  ['nana', 'grandmother'], ['grandpa', 'grandfather'], ['granddad', 'grandfather'],
  ['grandad', 'grandfather'], ['husband', 'spouse'], ['wife', 'spouse'], ['partner', 'spouse'],
  ['kid', 'child'], ['kids', 'children'], ['son', 'child'], ['daughter', 'child'],
  ['medication', 'medicine'], ['medications', 'medicines'], ['meds', 'medicine'],
  ['妈妈', '妈'], ['老妈', '妈'], ['母亲', '妈'], ['老娘', '妈'], ['爸爸', '爸'], ['老爸', '爸'],
  ['父亲', '爸'], ['外婆', '奶奶'], ['姥姥', '奶奶'], ['外公', '爷爷'], ['姥爷', '爷爷'],
];
