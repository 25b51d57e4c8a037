/**
 * Words the organisation generator builds its content from, in Chinese and English.
 * A term is `[slug, 中文, English]`: the slug becomes part of ids, the other two are what
 * a reader sees. Some Chinese terms deliberately mix in Latin letters (VIP, ERP, HRBP)
 * and some are long, as real position titles are, so charts and pages meet both.
 */
export type Term = readonly [slug: string, zh: string, en: string];

export interface Division {
	term: Term;
	/** Sub-department names. */
	units: readonly Term[];
	/** What the individual contributors of the division do. */
	specialties: readonly Term[];
	majors: readonly Term[];
}

export const DIVISIONS: readonly Division[] = [
	{
		term: ['sales', '销售', 'Sales'],
		units: [
			['key-accounts', '大客户部', 'Key Accounts'],
			['channels', '渠道销售部', 'Channel Sales'],
			['telesales', '电话销售部', 'Telesales'],
			['sales-ops', '销售运营部', 'Sales Operations'],
			['bids', '招投标管理部', 'Bids and Tenders'],
		],
		specialties: [
			['account-manager', '客户经理', 'Account Manager'],
			['sales-rep', '销售代表', 'Sales Representative'],
			['channel-manager', '渠道经理', 'Channel Manager'],
			['presales', '售前技术支持顾问', 'Pre-sales Consultant'],
			['bid-specialist', '投标专员', 'Bid Specialist'],
			['sales-analyst', '销售数据统计与分析专员', 'Sales Data Analyst'],
		],
		majors: [
			['marketing', '市场营销', 'Marketing'],
			['business', '工商管理', 'Business Administration'],
		],
	},
	{
		term: ['marketing', '市场', 'Marketing'],
		units: [
			['brand', '品牌部', 'Brand'],
			['digital', '数字营销部', 'Digital Marketing'],
			['events', '活动策划部', 'Events'],
			['research', '市场研究部', 'Market Research'],
			['pr', '公共关系部', 'Public Relations'],
		],
		specialties: [
			['brand-specialist', '品牌专员', 'Brand Specialist'],
			['copywriter', '文案策划', 'Copywriter'],
			['designer', '平面设计师', 'Graphic Designer'],
			['seo', 'SEO搜索引擎优化专员', 'SEO Specialist'],
			['researcher', '市场研究员', 'Market Researcher'],
			['event-planner', '活动策划专员', 'Event Planner'],
		],
		majors: [
			['marketing', '市场营销', 'Marketing'],
			['journalism', '新闻传播', 'Journalism and Communication'],
		],
	},
	{
		term: ['engineering', '研发', 'Engineering'],
		units: [
			['platform', '平台研发部', 'Platform Engineering'],
			['mobile', '移动研发部', 'Mobile Engineering'],
			['qa', '测试部', 'Quality Assurance'],
			['architecture', '架构部', 'Architecture'],
			['data-platform', '数据平台部', 'Data Platform'],
			['infosec', '信息安全部', 'Information Security'],
		],
		specialties: [
			['backend', '后端开发工程师', 'Backend Engineer'],
			['frontend', '前端开发工程师', 'Frontend Engineer'],
			['test-engineer', '测试工程师', 'Test Engineer'],
			['sre', '运维开发工程师', 'Site Reliability Engineer'],
			['data-engineer', '数据工程师', 'Data Engineer'],
			['architect', '系统架构师', 'Systems Architect'],
			['java-developer', 'Java开发工程师', 'Java Developer'],
		],
		majors: [
			['computer-science', '计算机科学与技术', 'Computer Science'],
			['software', '软件工程', 'Software Engineering'],
		],
	},
	{
		term: ['operations', '运营', 'Operations'],
		units: [
			['user-ops', '用户运营部', 'User Operations'],
			['content-ops', '内容运营部', 'Content Operations'],
			['service-quality', '服务质量部', 'Service Quality'],
			['logistics', '物流部', 'Logistics'],
		],
		specialties: [
			['ops-specialist', '运营专员', 'Operations Specialist'],
			['content-editor', '内容编辑', 'Content Editor'],
			['logistics-coordinator', '物流协调员', 'Logistics Coordinator'],
			['warehouse-keeper', '仓库管理员', 'Warehouse Keeper'],
			['dispatcher', '调度员', 'Dispatcher'],
		],
		majors: [
			['logistics', '物流管理', 'Logistics Management'],
			['business', '工商管理', 'Business Administration'],
		],
	},
	{
		term: ['customer-service', '客户服务', 'Customer Service'],
		units: [
			['contact-centre', '呼叫中心', 'Contact Centre'],
			['complaints', '投诉处理部', 'Complaints'],
			['vip-service', '贵宾服务部', 'VIP Service'],
			['billing', '收费部', 'Billing'],
		],
		specialties: [
			['cs-agent', '客服代表', 'Customer Service Agent'],
			['complaints-handler', '投诉处理专员', 'Complaints Handler'],
			['billing-clerk', '收费员', 'Billing Clerk'],
			['quality-inspector', '服务质检员', 'Service Quality Inspector'],
			['vip-specialist', 'VIP客户服务专员', 'VIP Client Specialist'],
			['cx-specialist', '客户体验与服务质量持续改进专员', 'Customer Experience and Service Quality Improvement Specialist'],
		],
		majors: [['business', '工商管理', 'Business Administration']],
	},
	{
		term: ['finance', '财务', 'Finance'],
		units: [
			['accounting', '会计部', 'Accounting'],
			['treasury', '资金部', 'Treasury'],
			['tax', '税务部', 'Tax'],
			['fpa', '预算与经营分析部', 'Planning and Analysis'],
			['cost', '成本管理部', 'Cost Management'],
		],
		specialties: [
			['accountant', '会计', 'Accountant'],
			['cashier', '出纳', 'Cashier'],
			['tax-specialist', '税务专员', 'Tax Specialist'],
			['financial-analyst', '财务分析师', 'Financial Analyst'],
			['cost-accountant', '成本会计', 'Cost Accountant'],
			['treasury-specialist', '资金专员', 'Treasury Specialist'],
		],
		majors: [
			['accounting', '会计学', 'Accounting'],
			['finance', '金融学', 'Finance'],
		],
	},
	{
		term: ['hr', '人力资源', 'Human Resources'],
		units: [
			['recruiting', '招聘部', 'Recruitment'],
			['learning', '培训部', 'Learning and Development'],
			['rewards', '薪酬福利部', 'Compensation and Benefits'],
			['employee-relations', '员工关系部', 'Employee Relations'],
		],
		specialties: [
			['recruiter', '招聘专员', 'Recruiter'],
			['trainer', '培训专员', 'Training Specialist'],
			['payroll', '薪酬专员', 'Payroll Specialist'],
			['hrbp', 'HRBP(人力资源业务伙伴)', 'HR Business Partner'],
			['er-specialist', '员工关系专员', 'Employee Relations Specialist'],
		],
		majors: [['hrm', '人力资源管理', 'Human Resource Management']],
	},
	{
		term: ['legal', '法务合规', 'Legal and Compliance'],
		units: [
			['contracts', '合同管理部', 'Contracts'],
			['compliance', '合规部', 'Compliance'],
			['ip', '知识产权部', 'Intellectual Property'],
		],
		specialties: [
			['legal-counsel', '法务专员', 'Legal Counsel'],
			['compliance-officer', '合规专员', 'Compliance Officer'],
			['contract-admin', '合同管理员', 'Contract Administrator'],
			['ip-specialist', '知识产权专员', 'IP Specialist'],
		],
		majors: [['law', '法学', 'Law']],
	},
	{
		term: ['it', '信息技术', 'Information Technology'],
		units: [
			['infrastructure', '基础设施部', 'Infrastructure'],
			['service-desk', 'IT服务台', 'IT Service Desk'],
			['applications', '应用系统部', 'Business Applications'],
			['network', '网络运维部', 'Network Operations'],
		],
		specialties: [
			['sysadmin', '系统管理员', 'Systems Administrator'],
			['network-engineer', '网络工程师', 'Network Engineer'],
			['dba', '数据库管理员', 'Database Administrator'],
			['desktop-support', '桌面支持工程师', 'Desktop Support Engineer'],
			['erp-consultant', 'ERP实施顾问', 'ERP Consultant'],
		],
		majors: [['computer-science', '计算机科学与技术', 'Computer Science']],
	},
	{
		term: ['supply-chain', '供应链', 'Supply Chain'],
		units: [
			['procurement', '采购部', 'Procurement'],
			['planning', '计划部', 'Planning'],
			['warehousing', '仓储部', 'Warehousing'],
			['supplier-quality', '供应商质量部', 'Supplier Quality'],
		],
		specialties: [
			['buyer', '采购员', 'Buyer'],
			['planner', '计划员', 'Planner'],
			['warehouse-clerk', '仓管员', 'Warehouse Clerk'],
			['supplier-engineer', '供应商质量工程师', 'Supplier Quality Engineer'],
			['customs', '报关员', 'Customs Declarant'],
		],
		majors: [['logistics', '物流管理', 'Logistics Management']],
	},
	{
		term: ['manufacturing', '生产制造', 'Manufacturing'],
		units: [
			['assembly', '总装车间', 'Assembly Plant'],
			['machining', '机加工车间', 'Machining Shop'],
			['maintenance', '设备维修部', 'Maintenance'],
			['process', '工艺部', 'Process Engineering'],
			['hse', '安全环保部', 'Health, Safety and Environment'],
		],
		specialties: [
			['operator', '生产操作工', 'Production Operator'],
			['technician', '设备技术员', 'Equipment Technician'],
			['process-engineer', '工艺工程师', 'Process Engineer'],
			['safety-officer', '安全员', 'Safety Officer'],
			['shift-clerk', '班组统计员', 'Shift Clerk'],
		],
		majors: [['mechanical', '机械工程', 'Mechanical Engineering']],
	},
	{
		term: ['quality', '质量管理', 'Quality'],
		units: [
			['quality-systems', '质量体系部', 'Quality Systems'],
			['inspection', '检验部', 'Inspection'],
			['laboratory', '检测中心', 'Testing Laboratory'],
		],
		specialties: [
			['quality-engineer', '质量工程师', 'Quality Engineer'],
			['inspector', '检验员', 'Inspector'],
			['lab-analyst', '化验员', 'Laboratory Analyst'],
			['iso-auditor', 'ISO体系审核员', 'ISO Auditor'],
		],
		majors: [['quality', '质量管理工程', 'Quality Engineering']],
	},
	{
		term: ['risk', '风险管理', 'Risk Management'],
		units: [
			['credit-risk', '信用风险部', 'Credit Risk'],
			['market-risk', '市场风险部', 'Market Risk'],
			['operational-risk', '操作风险部', 'Operational Risk'],
		],
		specialties: [
			['risk-analyst', '风险分析师', 'Risk Analyst'],
			['credit-officer', '授信审查员', 'Credit Officer'],
			['model-validator', '模型验证专员', 'Model Validator'],
		],
		majors: [['finance', '金融学', 'Finance']],
	},
	{
		term: ['administration', '行政', 'Administration'],
		units: [
			['general-affairs', '综合事务部', 'General Affairs'],
			['facilities', '后勤保障部', 'Facilities'],
			['records', '档案室', 'Records Office'],
		],
		specialties: [
			['admin-officer', '行政专员', 'Administrative Officer'],
			['receptionist', '前台接待', 'Receptionist'],
			['driver', '司机', 'Driver'],
			['archivist', '档案管理员', 'Archivist'],
			['facilities-coordinator', '后勤协调员', 'Facilities Coordinator'],
		],
		majors: [['administration', '行政管理', 'Public Administration']],
	},
	{
		term: ['strategy', '战略发展', 'Strategy'],
		units: [
			['strategic-planning', '战略规划部', 'Strategic Planning'],
			['investments', '投资管理部', 'Investments'],
			['pmo', '项目管理办公室', 'Project Management Office'],
		],
		specialties: [
			['strategy-analyst', '战略分析师', 'Strategy Analyst'],
			['investment-manager', '投资经理', 'Investment Manager'],
			['project-manager', '项目经理', 'Project Manager'],
		],
		majors: [['economics', '经济学', 'Economics']],
	},
	{
		term: ['retail-banking', '零售银行', 'Retail Banking'],
		units: [
			['branches', '网点管理部', 'Branch Network'],
			['wealth', '财富管理部', 'Wealth Management'],
			['cards', '信用卡部', 'Cards'],
			['consumer-lending', '消费信贷部', 'Consumer Lending'],
		],
		specialties: [
			['teller', '柜员', 'Teller'],
			['relationship-manager', '理财经理', 'Relationship Manager'],
			['lobby-manager', '大堂经理', 'Lobby Manager'],
			['loan-officer', '信贷员', 'Loan Officer'],
			['card-specialist', '信用卡业务专员', 'Card Services Specialist'],
		],
		majors: [['finance', '金融学', 'Finance']],
	},
];

/** Regions that tell apart sub-departments of the same kind. */
export const REGIONS: readonly Term[] = [
	['east', '华东', 'East China'],
	['south', '华南', 'South China'],
	['north', '华北', 'North China'],
	['central', '华中', 'Central China'],
	['southwest', '西南', 'Southwest'],
	['northwest', '西北', 'Northwest'],
	['northeast', '东北', 'Northeast'],
	['hk-macau', '港澳', 'Hong Kong and Macau'],
	['overseas', '海外', 'Overseas'],
];

/** The office around the chief executive. */
export const EXECUTIVE: { office: Term; chief: Term; staff: readonly Term[] } = {
	office: ['executive-office', '总裁办公室', 'Office of the CEO'],
	chief: ['ceo', '总裁', 'Chief Executive Officer'],
	staff: [
		['executive-assistant', '总裁助理', 'Executive Assistant to the CEO'],
		['board-secretary', '董事会秘书', 'Company Secretary'],
		['chief-economist', '首席经济学家', 'Chief Economist'],
		['internal-auditor', '内部审计专员', 'Internal Auditor'],
	],
};

/** Seniority prefixes for individual contributors: [slug, 中文, English]; an empty slug means none. */
export const SENIORITY: readonly Term[] = [
	['', '', ''],
	['', '', ''],
	['senior', '高级', 'Senior'],
	['principal', '资深', 'Principal'],
	['junior', '初级', 'Junior'],
];

export const ORGANIZATION_NAMES: readonly Term[] = [
	['huarong', '华融数智集团', 'Harbour Union Group'],
	['jinshan', '金山宏业控股', 'Goldhill Holdings'],
	['yunfan', '云帆科技股份有限公司', 'Cloudsail Technologies'],
];

export const TASKS: readonly Term[] = [
	['', '日常运营', 'day-to-day operations'],
	['', '工作计划的制定与执行', 'planning and execution'],
	['', '质量控制', 'quality control'],
	['', '客户关系维护', 'client relationships'],
	['', '数据统计与分析', 'reporting and analysis'],
	['', '流程优化', 'process improvement'],
	['', '团队建设', 'team development'],
	['', '预算管理', 'budget management'],
	['', '风险防控', 'risk control'],
	['', '制度建设', 'policy development'],
];

export const GOALS: readonly Term[] = [
	['', '各项指标按时完成', 'targets are met on time'],
	['', '服务质量持续提升', 'service quality keeps improving'],
	['', '依法合规经营', 'the business stays compliant'],
	['', '成本可控', 'costs stay under control'],
	['', '客户满意度稳步提高', 'customer satisfaction rises steadily'],
];

export const DUTY_VERBS: readonly Term[] = [
	['', '制定', 'Draft'],
	['', '组织实施', 'Carry out'],
	['', '监督检查', 'Check'],
	['', '编制', 'Prepare'],
	['', '审核', 'Review'],
	['', '协调推进', 'Coordinate'],
	['', '跟踪落实', 'Follow up'],
	['', '汇总上报', 'Consolidate and submit'],
];

export const DUTY_OBJECTS: readonly Term[] = [
	['', '部门月度工作计划', "the department's monthly work plan"],
	['', '年度预算', 'the annual budget'],
	['', '业务流程与操作规范', 'procedures and operating standards'],
	['', '客户档案', 'client records'],
	['', '周报和月报', 'weekly and monthly reports'],
	['', '供应商评估', 'supplier assessments'],
	['', '员工培训计划', 'staff training plans'],
	['', '合同条款', 'contract terms'],
	['', '安全检查', 'safety inspections'],
	['', '系统权限申请', 'system access requests'],
	['', '质量问题整改', 'corrective actions on quality issues'],
	['', '跨部门项目', 'cross-department projects'],
];

export const DUTY_GROUPS: readonly Term[] = [
	['', '计划管理', 'Planning'],
	['', '团队管理', 'Team management'],
	['', '客户与外部关系', 'Clients and partners'],
	['', '报表与信息管理', 'Reports and records'],
];

/** [category, kind, 中文, English]. */
export const AUTHORITIES: readonly (readonly [string, string, string, string])[] = [
	['business', 'decision', '部门日常业务的决策权', "Decide on the department's day-to-day business"],
	['business', 'proposal', '业务流程改进的建议权', 'Propose improvements to business processes'],
	['business', 'supervision', '对业务计划执行情况的监督权', 'Supervise how the business plan is carried out'],
	['finance', 'decision', '预算内费用的审批权', 'Approve spending within budget'],
	['finance', 'proposal', '年度预算的建议权', 'Propose the annual budget'],
	['finance', 'supervision', '对部门费用使用的监督权', "Supervise the department's spending"],
	['personnel', 'decision', '下属员工绩效考核的决定权', 'Decide the appraisal of direct reports'],
	['personnel', 'proposal', '人员招聘与调配的建议权', 'Propose hiring and transfers'],
	['personnel', 'supervision', '下属员工工作纪律的监督权', 'Supervise staff discipline'],
	['other', 'other', '部门对外的代表权', 'Represent the department externally'],
];

export const PLAIN_AUTHORITIES: readonly Term[] = [
	['', '工作所需信息的知情权', 'Be informed of what the work requires'],
	['', '对本岗位工作方法的自主权', 'Choose how to carry out the work of the role'],
];

export const EDUCATION: readonly Term[] = [
	['', '大专及以上学历', 'Associate degree or higher'],
	['', '本科及以上学历', "Bachelor's degree or higher"],
	['', '硕士研究生及以上学历', "Master's degree or higher"],
];

export const SKILLS: readonly Term[] = [
	['', '熟练使用Office办公软件', 'Fluent with office software'],
	['', '良好的沟通协调能力', 'Good at communication and coordination'],
	['', '较强的数据分析能力', 'Strong data analysis'],
	['', '熟悉ERP系统操作', 'Familiar with ERP systems'],
	['', '具备一定的英语读写能力', 'Reads and writes English'],
];

export const KNOWLEDGE: readonly Term[] = [
	['', '了解《劳动合同法》', 'Knows employment law'],
	['', '熟悉行业相关法规', 'Knows the regulations of the industry'],
	['', '掌握基本的财务知识', 'Knows basic finance'],
];

export const KPIS: readonly Term[] = [
	['', '工作计划完成率', 'Plan completion rate'],
	['', '客户满意度', 'Customer satisfaction'],
	['', '差错率', 'Error rate'],
	['', '费用预算执行率', 'Budget adherence'],
	['', '报表按时提交率', 'Reports on time'],
	['', '培训完成率', 'Training completion'],
];

export const ROUTINES: Record<'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly', Term> = {
	daily: ['', '参加部门晨会,处理当日工作', 'Join the morning briefing and clear the day’s work'],
	weekly: ['', '每周一提交上周工作总结', 'Submit last week’s summary every Monday'],
	monthly: ['', '每月5日前提交上月报表', 'Submit last month’s report by the 5th'],
	quarterly: ['', '参加季度经营分析会', 'Attend the quarterly business review'],
	yearly: ['', '参与年度工作计划的编制', 'Help prepare the annual work plan'],
};

export const SURNAMES: readonly (readonly [string, string])[] = [
	['wang', '王'],
	['li', '李'],
	['zhang', '张'],
	['liu', '刘'],
	['chen', '陈'],
	['yang', '杨'],
	['huang', '黄'],
	['zhao', '赵'],
	['wu', '吴'],
	['zhou', '周'],
	['xu', '徐'],
	['sun', '孙'],
	['ma', '马'],
	['zhu', '朱'],
	['hu', '胡'],
	['guo', '郭'],
	['he', '何'],
	['lin', '林'],
	['gao', '高'],
	['luo', '罗'],
	['ouyang', '欧阳'],
];

export const GIVEN_NAMES: readonly (readonly [string, string])[] = [
	['wei', '伟'],
	['fang', '芳'],
	['na', '娜'],
	['min', '敏'],
	['jing', '静'],
	['qiang', '强'],
	['lei', '磊'],
	['jun', '军'],
	['yang', '洋'],
	['yan', '艳'],
	['jie', '杰'],
	['tao', '涛'],
	['ming', '明'],
	['chao', '超'],
	['xia', '霞'],
	['haoran', '浩然'],
	['zixuan', '子轩'],
	['yutong', '雨桐'],
	['siyuan', '思远'],
	['jiayi', '嘉怡'],
	['wenbo', '文博'],
	['ruoxi', '若溪'],
];

export const ENGLISH_FIRST_NAMES = ['Alice', 'Ben', 'Chloe', 'Daniel', 'Emma', 'Felix', 'Grace', 'Henry', 'Isla', 'Jack', 'Kate', 'Liam', 'Maya', 'Noah', 'Olivia', 'Paul'];
export const ENGLISH_LAST_NAMES = ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Hughes', 'Green'];
