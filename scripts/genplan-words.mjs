// Vocabulary for the plan generator: English and Chinese so both kinds of plan are realistic.

/** [id, English, Chinese, kind] */
export const SKILLS = [
  ['typescript', 'TypeScript', 'TypeScript', 'digital'],
  ['javascript', 'JavaScript', 'JavaScript', 'digital'],
  ['python', 'Python', 'Python 编程', 'digital'],
  ['sql', 'SQL', 'SQL 查询', 'digital'],
  ['excel', 'Excel', 'Excel 表格', 'digital'],
  ['data-analysis', 'data analysis', '数据分析', 'digital'],
  ['data-visualization', 'data visualization', '数据可视化', 'digital'],
  ['statistics', 'statistics', '统计学', 'industry'],
  ['machine-learning', 'machine learning', '机器学习', 'digital'],
  ['writing', 'writing', '写作', 'soft'],
  ['technical-writing', 'technical writing', '技术写作', 'digital'],
  ['editing', 'editing', '编辑校对', 'soft'],
  ['copywriting', 'copywriting', '文案写作', 'soft'],
  ['public-speaking', 'public speaking', '公开演讲', 'soft'],
  ['presentation', 'presentation', '演示汇报', 'soft'],
  ['teaching', 'teaching', '教学', 'soft'],
  ['instructional-design', 'instructional design', '教学设计', 'industry'],
  ['course-design', 'course design', '课程设计', 'industry'],
  ['mentoring', 'mentoring', '带教辅导', 'soft'],
  ['coaching', 'coaching', '教练技术', 'soft'],
  ['facilitation', 'workshop facilitation', '工作坊引导', 'soft'],
  ['negotiation', 'negotiation', '谈判', 'soft'],
  ['sales', 'sales', '销售', 'industry'],
  ['marketing', 'marketing', '市场营销', 'industry'],
  ['seo', 'SEO', '搜索引擎优化', 'digital'],
  ['social-media', 'social media', '社交媒体运营', 'digital'],
  ['project-management', 'project management', '项目管理', 'certification'],
  ['product-management', 'product management', '产品管理', 'industry'],
  ['stakeholder-management', 'stakeholder management', '利益相关方管理', 'soft'],
  ['budgeting', 'budgeting', '预算编制', 'industry'],
  ['bookkeeping', 'bookkeeping', '记账', 'industry'],
  ['accounting', 'accounting', '会计', 'certification'],
  ['tax-law', 'tax law', '税法', 'certification'],
  ['financial-planning', 'financial planning', '理财规划', 'certification'],
  ['client-communication', 'client communication', '客户沟通', 'soft'],
  ['ux-research', 'UX research', '用户体验研究', 'digital'],
  ['user-interviews', 'user interviews', '用户访谈', 'soft'],
  ['ui-design', 'UI design', '界面设计', 'digital'],
  ['figma', 'Figma', 'Figma 设计', 'digital'],
  ['cloud-architecture', 'cloud architecture', '云架构', 'digital'],
  ['aws', 'AWS', 'AWS 云服务', 'certification'],
  ['kubernetes', 'Kubernetes', 'Kubernetes 容器编排', 'digital'],
  ['docker', 'Docker', 'Docker 容器', 'digital'],
  ['linux', 'Linux', 'Linux 运维', 'digital'],
  ['networking', 'computer networking', '计算机网络', 'digital'],
  ['security', 'information security', '信息安全', 'certification'],
  ['devops', 'DevOps', 'DevOps 实践', 'digital'],
  ['testing', 'software testing', '软件测试', 'digital'],
  ['react', 'React', 'React 前端', 'digital'],
  ['nodejs', 'Node.js', 'Node.js 后端', 'digital'],
  ['golang', 'Go', 'Go 语言', 'digital'],
  ['rust', 'Rust', 'Rust 语言', 'digital'],
  ['java', 'Java', 'Java 开发', 'digital'],
  ['mobile-development', 'mobile development', '移动开发', 'digital'],
  ['photography', 'photography', '摄影', 'other'],
  ['video-editing', 'video editing', '视频剪辑', 'digital'],
  ['podcasting', 'podcasting', '播客制作', 'digital'],
  ['carpentry', 'carpentry', '木工', 'industry'],
  ['cooking', 'cooking', '烹饪', 'other'],
  ['nutrition', 'nutrition', '营养学', 'certification'],
  ['fitness-coaching', 'fitness coaching', '健身指导', 'certification'],
  ['mandarin', 'Mandarin', '普通话', 'other'],
  ['english', 'English', '英语', 'other'],
  ['japanese', 'Japanese', '日语', 'other'],
  ['translation', 'translation', '翻译', 'industry'],
  ['customer-support', 'customer support', '客户支持', 'industry'],
  ['hiring', 'hiring', '招聘面试', 'industry'],
  ['people-management', 'people management', '团队管理', 'soft'],
  ['leadership', 'leadership', '领导力', 'soft'],
  ['time-management', 'time management', '时间管理', 'soft'],
  ['research', 'research', '科研方法', 'industry'],
  ['grant-writing', 'grant writing', '项目申报书写作', 'industry'],
  ['community-building', 'community building', '社区运营', 'soft'],
  ['event-planning', 'event planning', '活动策划', 'industry'],
  ['ecommerce', 'e-commerce', '电商运营', 'digital'],
  ['supply-chain', 'supply chain', '供应链管理', 'industry'],
  ['logistics', 'logistics', '物流', 'industry'],
  ['real-estate', 'real estate', '房地产', 'certification'],
  ['counseling', 'counseling', '心理咨询', 'certification'],
  ['career-coaching', 'career coaching', '职业规划辅导', 'certification'],
  ['healthcare-admin', 'healthcare administration', '医疗行政管理', 'industry'],
  ['law-basics', 'contract law basics', '合同法基础', 'industry'],
];

/** [suffix, English, Chinese] — variants of a base skill, so large plans keep readable ids. */
export const SKILL_VARIANTS = [
  ['advanced', 'advanced', '进阶'],
  ['basics', 'basics', '入门'],
  ['at-scale', 'at scale', '规模化'],
  ['for-teams', 'for teams', '团队协作'],
  ['certification', 'certification', '认证'],
  ['teaching', 'teaching it', '教学'],
  ['tooling', 'tooling', '工具链'],
  ['in-practice', 'in practice', '实战'],
  ['reviews', 'reviews', '评审'],
  ['for-beginners', 'for beginners', '零基础'],
  ['automation', 'automation', '自动化'],
  ['strategy', 'strategy', '策略'],
];

/** [id, English title, Chinese title, models, skill ids] */
export const DOMAINS = [
  ['tech-writer', 'Technical writer and course creator', '技术写作与课程创作', ['freelance', 'part-time'], ['technical-writing', 'writing', 'instructional-design', 'editing']],
  ['data-analyst', 'Data analyst', '数据分析师', ['full-time', 'consulting'], ['sql', 'data-analysis', 'statistics', 'data-visualization', 'python']],
  ['ux-researcher', 'UX researcher', '用户体验研究员', ['full-time', 'freelance'], ['ux-research', 'user-interviews', 'figma', 'statistics']],
  ['product-manager', 'Product manager', '产品经理', ['full-time'], ['product-management', 'stakeholder-management', 'user-interviews', 'data-analysis']],
  ['developer-advocate', 'Developer advocate', '开发者布道师', ['full-time', 'part-time'], ['public-speaking', 'writing', 'community-building', 'typescript']],
  ['corporate-trainer', 'Corporate trainer', '企业培训讲师', ['part-time', 'freelance'], ['teaching', 'presentation', 'course-design', 'facilitation']],
  ['financial-planner', 'Financial planner for small businesses', '小微企业理财规划师', ['consulting'], ['financial-planning', 'client-communication', 'tax-law', 'accounting']],
  ['career-coach', 'Career coach', '职业规划师', ['side-hustle', 'business'], ['career-coaching', 'coaching', 'counseling', 'marketing']],
  ['cloud-consultant', 'Cloud consultant', '云架构顾问', ['consulting', 'freelance'], ['cloud-architecture', 'aws', 'kubernetes', 'security']],
  ['security-engineer', 'Security engineer', '安全工程师', ['full-time'], ['security', 'networking', 'linux']],
  ['data-scientist', 'Data scientist', '数据科学家', ['full-time'], ['machine-learning', 'python', 'statistics']],
  ['content-creator', 'Video content creator', '视频内容创作者', ['side-hustle', 'business'], ['video-editing', 'photography', 'social-media', 'copywriting']],
  ['podcast-producer', 'Podcast producer', '播客制作人', ['side-hustle'], ['podcasting', 'editing', 'marketing']],
  ['translator', 'Freelance translator', '自由译者', ['freelance'], ['translation', 'english', 'japanese', 'editing']],
  ['cs-teacher', 'High-school computer science teacher', '中学信息技术教师', ['full-time'], ['teaching', 'python', 'course-design']],
  ['nonprofit-coordinator', 'Nonprofit program coordinator', '公益项目协调人', ['volunteering', 'full-time'], ['grant-writing', 'event-planning', 'community-building']],
  ['shop-owner', 'Online shop owner', '网店店主', ['business', 'side-hustle'], ['ecommerce', 'marketing', 'supply-chain', 'bookkeeping']],
  ['nutrition-coach', 'Nutrition coach', '营养顾问', ['side-hustle', 'part-time'], ['nutrition', 'coaching', 'social-media']],
  ['fitness-trainer', 'Personal fitness trainer', '私人健身教练', ['part-time', 'side-hustle'], ['fitness-coaching', 'nutrition', 'sales']],
  ['furniture-maker', 'Furniture maker', '家具木匠', ['business'], ['carpentry', 'sales', 'bookkeeping']],
  ['engineering-manager', 'Engineering manager', '技术经理', ['full-time'], ['people-management', 'leadership', 'hiring']],
  ['tech-recruiter', 'Technical recruiter', '技术招聘顾问', ['full-time', 'consulting'], ['hiring', 'negotiation', 'client-communication']],
  ['mobile-freelancer', 'Freelance mobile developer', '自由移动开发者', ['freelance'], ['mobile-development', 'react', 'ui-design']],
  ['project-manager', 'Project manager', '项目经理', ['full-time'], ['project-management', 'budgeting', 'stakeholder-management']],
  ['devops-engineer', 'DevOps engineer', 'DevOps 工程师', ['full-time', 'consulting'], ['devops', 'docker', 'kubernetes', 'linux']],
  ['event-planner', 'Event planner', '活动策划师', ['freelance', 'part-time'], ['event-planning', 'negotiation', 'budgeting']],
  ['real-estate-agent', 'Real estate agent', '房产经纪人', ['part-time'], ['real-estate', 'sales', 'negotiation']],
  ['support-lead', 'Customer support lead', '客服主管', ['full-time'], ['customer-support', 'people-management', 'time-management']],
  ['research-assistant', 'University research assistant', '高校科研助理', ['part-time'], ['research', 'statistics', 'grant-writing']],
  ['logistics-coordinator', 'Logistics coordinator', '物流协调员', ['full-time'], ['logistics', 'supply-chain', 'excel']],
  ['private-chef', 'Private chef', '私人厨师', ['side-hustle', 'business'], ['cooking', 'nutrition', 'marketing']],
  ['clinic-manager', 'Clinic office manager', '诊所运营主管', ['full-time'], ['healthcare-admin', 'people-management', 'budgeting']],
  ['qa-consultant', 'Software testing consultant', '软件测试顾问', ['consulting', 'freelance'], ['testing', 'typescript', 'client-communication']],
  ['backend-freelancer', 'Freelance backend developer', '自由后端开发者', ['freelance'], ['nodejs', 'golang', 'sql', 'docker']],
];

/** [suffix, English, Chinese] — where or how a backup path is pursued. */
export const PLAN_VARIANTS = [
  ['', '', ''],
  ['remote', ' (remote)', '（远程）'],
  ['healthcare', ' in healthcare', '（医疗行业）'],
  ['fintech', ' in fintech', '（金融科技）'],
  ['nonprofit', ' for nonprofits', '（公益组织）'],
  ['education', ' in education', '（教育行业）'],
  ['agency', ' at an agency', '（代理机构）'],
  ['startup', ' at a startup', '（初创公司）'],
  ['abroad', ' abroad', '（海外）'],
  ['local', ' for local businesses', '（本地企业）'],
  ['government', ' in government', '（政府部门）'],
];

export const MODELS = ['full-time', 'part-time', 'freelance', 'consulting', 'side-hustle', 'volunteering', 'business'];
export const EXPERIMENT_KINDS = ['freelance', 'volunteering', 'side-hustle', 'side-project', 'informational-interview', 'course', 'part-time'];

export const OWNERS = [
  { en: 'Ada Lovelace', zh: '林晓燕', role: ['Software Developer', '软件开发工程师'], skills: ['typescript', 'javascript', 'testing', 'sql', 'writing'] },
  { en: 'Chris Morgan', zh: '陈志强', role: ['Accountant', '会计'], skills: ['accounting', 'bookkeeping', 'tax-law', 'excel', 'client-communication'] },
  { en: 'Maria Garcia', zh: '李明', role: ['Marketing Specialist', '市场专员'], skills: ['marketing', 'social-media', 'copywriting', 'presentation', 'seo'] },
  { en: 'Tom Becker', zh: '王建国', role: ['Logistics Planner', '物流计划员'], skills: ['logistics', 'supply-chain', 'excel', 'negotiation', 'time-management'] },
  { en: 'Aisha Khan', zh: '张雨桐', role: ['Nurse', '护士'], skills: ['healthcare-admin', 'client-communication', 'time-management', 'teaching', 'english'] },
];

export const FIRST_NAMES = ['Jane', 'Omar', 'Sam', 'Priya', 'Lena', 'Marco', 'Yuki', 'Fatima', 'Ben', 'Chloe', 'Diego', 'Eva', 'Felix', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Liam', 'Mina', 'Noah', 'Olga', 'Pablo', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wes', 'Xena', 'Yara', 'Zoe', 'Alex', 'Bea', 'Carl', 'Dina', 'Eli', 'Fay', 'Gus', 'Hana'];
export const LAST_NAMES = ['Doe', 'Haddad', 'Lee', 'Nair', 'Park', 'Rossi', 'Tanaka', 'Ali', 'Carter', 'Dubois', 'Lopez', 'Novak', 'Weber', 'Okafor', 'Silva', 'Moreau', 'Berg', 'Ito', 'Walsh', 'Kim', 'Brown', 'Ivanova', 'Ortega', 'Costa', 'Larsen', 'Singh', 'Yilmaz', 'Petrov', 'Young', 'Chen', 'Meyer', 'Fischer', 'Reyes', 'Hughes', 'Sato', 'Klein', 'Evans', 'Wong', 'Murphy', 'Schmidt'];
/** [character, pinyin] */
export const ZH_SURNAMES = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['赵', 'zhao'], ['黄', 'huang'], ['周', 'zhou'], ['吴', 'wu'], ['徐', 'xu'], ['孙', 'sun'], ['胡', 'hu'], ['朱', 'zhu'], ['高', 'gao'], ['林', 'lin'], ['何', 'he'], ['郭', 'guo'], ['马', 'ma'], ['罗', 'luo']];
export const ZH_GIVEN = [['芳', 'fang'], ['伟', 'wei'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'], ['洋', 'yang'], ['艳', 'yan'], ['勇', 'yong'], ['军', 'jun'], ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['秀英', 'xiu-ying'], ['晓东', 'xiao-dong'], ['思远', 'si-yuan'], ['雨桐', 'yu-tong'], ['子涵', 'zi-han'], ['浩然', 'hao-ran'], ['欣怡', 'xin-yi'], ['建华', 'jian-hua']];
/** [Chinese honorific, id part] — how people are often listed in a Chinese contact book. */
export const ZH_TITLES = [['老师', 'lao-shi'], ['学长', 'xue-zhang'], ['学姐', 'xue-jie'], ['总', 'zong'], ['姐', 'jie'], ['哥', 'ge']];

export const FIELDS = [
  ['technical writing', '技术写作'], ['engineering management', '技术管理'], ['data science', '数据科学'],
  ['corporate training', '企业培训'], ['wealth management', '财富管理'], ['recruiting', '猎头招聘'],
  ['UX design', '用户体验设计'], ['nonprofits', '公益'], ['cloud infrastructure', '云基础设施'],
  ['e-commerce', '电商'], ['higher education', '高等教育'], ['healthcare', '医疗健康'], ['media', '新媒体'],
];

export const PLATFORMS = [['on Coursera', '慕课网'], ['on edX', '中国大学MOOC'], ['at a local college', '本地职业学院'], ['on LinkedIn Learning', '网易云课堂'], ['from the library', '图书馆']];

export const WHY = [
  ['Close to my current work, and I enjoy it', '与目前工作相近，自己擅长且感兴趣'],
  ['I am good at this and people ask me for help with it', '身边的人经常找我帮忙，说明我在这方面有优势'],
  ['It uses the strengths my reviews keep mentioning', '能发挥绩效评估里反复提到的长处'],
  ['I loved the volunteering version of it', '做志愿者时非常喜欢这类工作'],
  ['Steady demand in my city, and I like the work itself', '本地需求稳定，而且我喜欢这份工作本身'],
];
export const TRIGGERS = [
  ['A layoff, or losing interest in day-to-day work', '被裁员，或对日常工作失去兴趣'],
  ['The company relocates out of the city', '公司搬离本市'],
  ['No promotion by the end of next year', '明年年底前仍未晋升'],
  ['Burnout for more than three months', '连续三个月以上职业倦怠'],
  ['Side income reaches half of my salary', '副业收入达到工资的一半'],
];
export const LEARNED = [
  ['Loved it in small doses; full-time would be too much', '小规模做很开心，全职可能会累'],
  ['Clients pay late, so I need written contracts', '客户付款慢，需要签书面合同'],
  ['The pay is lower than I expected', '收入比预想的低'],
  ['I want much more of this', '很想多做一些'],
  ['Too lonely without a team', '一个人做太孤单'],
  ['The hard part is finding clients, not the work', '难的是找客户，而不是干活本身'],
  ['Much more fun than I expected', '比想象中有意思得多'],
  ['I hated the admin side of it', '很讨厌其中的行政杂事'],
];
export const EVIDENCE = [
  ['team blog posts', '团队博客文章'], ['three years of daily use at work', '工作中日常使用三年'],
  ['certificate, 2025', '2025 年取得证书'], ['side project on GitHub', 'GitHub 上的个人项目'],
  ['taught an internal workshop', '做过三次公司内部分享'], ['feedback from my manager', '上级的评价反馈'],
];
export const FORCES_FOR = [
  ['Supportive partner', '家人支持'], ['Employer learning budget', '公司提供学习经费'], ['Flexible working hours', '工作时间灵活'],
  ['Strong network in my industry', '行业人脉较广'], ['Savings for a year', '有一年的积蓄'], ['Mentor who has made the same switch', '导师有相同的转型经历'],
];
export const FORCES_AGAINST = [
  ['Mortgage', '房贷压力'], ['Little free time on weekdays', '工作日空闲时间少'], ['Young children at home', '孩子还小'],
  ['Fear of losing seniority', '担心失去资历'], ['Hot market may cool down', '行业热度可能下降'], ['Long commute', '通勤时间长'],
];
/** [id, English, Chinese] */
export const OBSTACLES = [
  ['no-portfolio', 'No portfolio in the new field yet', '新领域还没有作品集'],
  ['no-certificate', 'No certificate the employers ask for', '缺少雇主要求的证书'],
  ['no-contacts', 'Nobody in my network works in this field', '人脉中没有这个行业的人'],
  ['no-practice-time', 'Not enough time to practise', '没有足够时间练习'],
  ['pay-uncertain', 'Unsure the pay covers my expenses', '不确定收入能否覆盖开支'],
  ['stage-fright', 'Public speaking makes me nervous', '公开演讲会紧张'],
];
export const RESOURCES = [
  ['Employer learning budget', '公司学习经费'], ['Local library', '本地图书馆'], ['Alumni network', '校友会'],
  ['Online course subscription', '在线课程会员'], ['Coworking space pass', '联合办公空间月卡'], ['Professional association membership', '行业协会会员'],
];
export const REVIEW_NOTES = [
  ['Decided on the backup plan after the volunteering project.', '做完志愿项目后确定了 B 计划。'],
  ['Course booked; blog going well.', '课程已报名，博客进展顺利。'],
  ['Dropped two experiments that I did not enjoy.', '放弃了两个不喜欢的尝试。'],
  ['Raised the emergency fund target after the rent increase.', '房租上涨后提高了应急基金目标。'],
  ['Talked to both advisors; they think the timeline is realistic.', '和两位顾问聊过，他们认为时间表可行。'],
];
export const ACTION_COMMENTS = ['agreed with my manager', 'needs the learning budget', 'weekends only', '和导师约好了', '等年终奖', 'after the busy season'];
