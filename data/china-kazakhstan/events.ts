import type { Event } from '../types';

/**
 * Dated events: the six of part 1 of the reference (the seed's security context), then the
 * events of part 2 and the two first-oil dates, each with its category.
 */
export const events = [
  {
    id: 'event-tien-shan-2006',
    start: '2006-08-24',
    end: '2006-08-26',
    title: 'Tien-Shan-1-2006, first China–Kazakhstan bilateral anti-terrorist exercise',
    category: 'security',
    sourceIds: ['china-org-cn-2006-08-25', 'caci-2007-09-05'],
  },
  {
    id: 'event-kz-military-doctrine-2007',
    start: '2007-04',
    title: 'Kazakhstan publishes its new military doctrine',
    category: 'security',
    sourceIds: ['caci-2007-09-05'],
  },
  {
    id: 'event-peace-mission-2007',
    start: '2007-08-09',
    end: '2007-08-17',
    title: 'SCO "Peace Mission 2007" anti-terrorist exercises, China and Russia (Chelyabinsk)',
    category: 'security',
    sourceIds: ['caci-2007-09-05', 'rusi-org'],
  },
  {
    id: 'event-sco-summit-bishkek-2007',
    start: '2007-08-16',
    title: 'SCO summit, Bishkek',
    category: 'diplomacy',
    sourceIds: ['caci-2007-09-05'],
  },
  {
    id: 'event-hu-jintao-state-visit-2007',
    start: '2007-08-18',
    title:
      "Hu Jintao's state visit to Kazakhstan; energy and transport agreements signed in Astana",
    category: 'diplomacy',
    sourceIds: ['caci-2007-09-05'],
  },
  {
    id: 'event-seed-article-published',
    start: '2007-09-05',
    title: 'CACI Analyst publishes "Kazakhstan\'s emerging security ties with China"',
    category: 'other',
    sourceIds: ['caci-2007-09-05'],
  },
  // Part 2 of the reference, §4, and the two first-oil events of §5.
  {
    id: 'event-diplomatic-relations-1992',
    start: '1992-01-03',
    title: 'Diplomatic relations established',
    category: 'diplomacy',
    sourceIds: ['china-daily-2007-10-15'],
    quote:
      "On January 3, 1992, the Republic of Kazakhstan established diplomatic relations with the People's Republic of China.",
  },
  {
    id: 'event-security-guarantee-1995',
    start: '1995-02-08',
    title: 'Chinese security guarantee to Kazakhstan',
    category: 'security',
    sourceIds: ['china-daily-2007-10-15'],
    quote:
      "China's security guarantee to Kazakhstan (statement of the government of the People's Republic of China on February 8, 1995)",
  },
  {
    id: 'event-border-communique-1999',
    start: '1999-11-23',
    title:
      'Joint communiqué on the border; joint statement on comprehensive cooperation in the 21st century',
    category: 'diplomacy',
    sourceIds: ['china-daily-2007-10-15'],
    quote: 'final settlement of the border issue (joint communique on November 23, 1999 ...',
  },
  {
    id: 'event-cross-border-rivers-2001',
    start: '2001-09-12',
    title: 'Agreement on cross-border rivers',
    category: 'diplomacy',
    sourceIds: ['china-daily-2007-10-15'],
    quote:
      'the agreement on cooperation on cross-border river use and protection on September 12, 2001.',
  },
  {
    id: 'event-border-demarcation-2002',
    start: '2002-05-10',
    title: 'Border demarcation protocol signed in Beijing (Tokayev and Tang Jiaxuan)',
    category: 'diplomacy',
    sourceIds: ['chinastudies-kz-12942'],
    quote:
      'China became the first country with which Kazakhstan signed a Protocol on the demarcation of the state border on May 10, 2002 in Beijing.',
  },
  {
    id: 'event-good-neighbourliness-treaty-2002',
    start: '2002-12-23',
    title: 'Treaty of Good-Neighbourliness, Friendship and Cooperation',
    category: 'diplomacy',
    sourceIds: ['cssn-euroasia-4879045'],
    quote: '《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》(2002 年 12 月 23 日)',
  },
  {
    id: 'event-hu-nazarbayev-talks-2003',
    start: '2003-06-03',
    title: 'Hu Jintao–Nazarbayev talks in Astana; Cooperation Program 2003–2008',
    category: 'diplomacy',
    sourceIds: ['china-embassy-gr-2003-06-03'],
    quote:
      'On the morning of June 3, 2003, visiting President Hu Jintao and his Kazakh counterpart Nursultan Nazarbayev held a talk.',
  },
  {
    id: 'event-cooperation-committee-2004',
    start: '2004-05',
    title: 'Agreement setting up the Kazakhstan–China Cooperation Committee',
    category: 'diplomacy',
    sourceIds: ['china-daily-2007-10-15'],
    quote:
      'In May 2004, the governments of the two countries signed an agreement on establishing the Kazakhstan-China Cooperation Committee',
  },
  {
    id: 'event-khorgos-agreement-2004',
    start: '2004-09-24',
    title: 'Framework agreement on the Khorgos International Centre of Boundary Cooperation',
    category: 'trade',
    sourceIds: ['china-org-cn-ru-2008-09-04'],
    quote:
      '24 сентября 2004 года правительствами Китая и Казахстана было подписано Рамочное соглашение о создании Китайско-казахстанского международного центра приграничного сотрудничества в Хоргосе.',
  },
  {
    id: 'event-strategic-partnership-2005',
    start: '2005-07-04',
    title: 'Joint statement establishing the strategic partnership',
    category: 'diplomacy',
    sourceIds: ['cssn-euroasia-4879045'],
    quote:
      '《中华人民 共和国和哈萨克斯坦共和国关于建立和发展战略伙伴关系 的联合声明》(2005年7月4日)',
  },
  {
    id: 'event-atasu-alashankou-completed-2005',
    start: '2005-11-15',
    title: 'Atasu–Alashankou oil pipeline completed',
    category: 'energy',
    sourceIds: ['ogj-2005-11-15'],
    quote:
      "China National Petroleum Corp. and Kazakhstan's National Petroleum & Natural Gas Co. have completed construction of the 1,000-km Atasu-Alashankou oil pipeline.",
    note: 'OGJ, 15 Nov 2005.',
  },
  {
    id: 'event-first-oil-line-filled-2006',
    start: '2006-05-25',
    title:
      'First oil reaches China through the Atasu–Alashankou pipeline: the line is filled end to end',
    category: 'energy',
    sourceIds: ['china-org-cn-2006-05-26', 'china-daily-2006-05-25', 'swap1-xinhua-250'],
    quote: '自2006年5月中哈原油管道全線通油以來',
    note: 'Part 1 of the reference dates first oil into China 25 May 2006; Xinhua (2020) dates the line full in May 2006. Commercial delivery followed on 11 July: two events, not one.',
  },
  {
    id: 'event-khorgos-construction-2006',
    start: '2006-06-03',
    title: 'Construction of the Khorgos International Centre of Boundary Cooperation begins',
    category: 'trade',
    sourceIds: ['china-org-cn-ru-2008-09-04'],
    quote: '3 июня 2006 года официально началось строительство центра.',
  },
  {
    id: 'event-first-commercial-oil-2006',
    start: '2006-07-11',
    title: 'First commercial delivery of oil into China through the pipeline',
    category: 'energy',
    sourceIds: ['rferl-1069776', 'hongxingpaper-cnpc-2011-01-26'],
    quote:
      'The first crude oil flowed through the 962-kilometer pipeline across the Alataw pass and into China late on July 11, Xinhua said.',
    note: 'CNPC: "中哈原油管道2006年7月投入商業運營" (commercial operation from July 2006). The line itself was filled in May.',
  },
  {
    id: 'event-state-border-agreement-2006',
    start: '2006-12-20',
    title: 'Agreement on the state border',
    category: 'diplomacy',
    sourceIds: ['china-daily-2007-10-15'],
    quote:
      "agreement between the Republic of Kazakhstan and the People's Republic of China on the state border on December 20, 2006",
  },
  {
    id: 'event-gas-pipeline-construction-2008',
    start: '2008-07-09',
    title:
      'Construction of the Kazakh section of the Central Asia–China gas pipeline begins (Almaty)',
    category: 'energy',
    sourceIds: ['china-org-cn-2008-07-10'],
    quote:
      'at the opening ceremony of the construction of a natural gas pipeline in Almaty on Wednesday, July 9, 2008.',
  },
  {
    id: 'event-gas-pipeline-inaugurated-2009',
    start: '2009-12-14',
    title: 'Central Asia–China gas pipeline inaugurated by four heads of state',
    category: 'energy',
    sourceIds: ['gov-cn-2014-06-01'],
    quote:
      '2009年12月14日,中國、土庫曼斯坦、哈薩克斯坦和烏茲別克斯坦四國元首在土庫曼斯坦第一天然氣處理廠共同啟動通氣閥門,中亞天然氣管道正式開始輸氣。',
  },
  {
    id: 'event-beineu-shymkent-2010',
    start: '2010-12-21',
    title: 'Construction starts on the Beineu–Shymkent gas pipeline (phase II)',
    category: 'energy',
    sourceIds: ['slogp-48707'],
    quote:
      'December 21, 2010 --- Construction of phase two of the Kazakhstan-China natural gas pipeline (the Beyneu - Shymkent section) on the Kazak side started.',
  },
  {
    id: 'event-comprehensive-partnership-2011',
    start: '2011-06-13',
    title: 'Joint statement on a comprehensive strategic partnership',
    category: 'diplomacy',
    sourceIds: ['cssn-euroasia-4879045'],
    quote:
      '《中华人民共和国和哈萨克斯坦共和国关于发展全面战略伙伴 关系的联合声明》(2011 年 6 月 13 日)',
  },
  {
    id: 'event-altynkol-khorgos-railway-2012',
    start: '2012-12',
    title: 'Altynkol–Khorgos, the second cross-border railway, opens',
    category: 'trade',
    sourceIds: ['akorda-china-daily-interview-2013'],
    quote: 'In December last year, the “Altynkol-Khorgos” railway crossing was opened',
    note: 'Akorda, 8 Apr 2013.',
  },
  {
    id: 'event-silk-road-economic-belt-2013',
    start: '2013-09-07',
    title: 'Xi proposes the Silk Road Economic Belt at Nazarbayev University, Astana',
    category: 'diplomacy',
    sourceIds: ['usc-xi-astana-speech'],
    quote:
      'Xi Jinping, Speech in Astana, Kazakhstan, on Building a Silk Road Economic Belt with Central Asian Nations, September 7, 2013',
  },
  {
    id: 'event-deepening-partnership-2013',
    start: '2013-09-08',
    title: 'Joint declaration on further deepening the comprehensive strategic partnership',
    category: 'diplomacy',
    sourceIds: ['cssn-euroasia-4879045'],
    quote:
      '《中华人民共和国和哈萨克斯坦共和国关于进一步深化全 面战略伙伴关系的联合宣言》(2013 年 9 月 8 日)',
  },
  {
    id: 'event-kashagan-stake-2013',
    start: '2013-09',
    title:
      'Xi visit: 22 agreements worth about US$30bn; KazMunayGas to cede 8.33% of Kashagan to CNPC',
    category: 'energy',
    sourceIds: ['masress-52780'],
    quote:
      'ستتخلى الشركة الكازاخستانية الحكومية "كازمونايغاز" خصوصا عن 8,33 %من حقل كاشاغان لصالح الشركة الحكومية الصينية',
  },
  {
    id: 'event-russian-transit-2014',
    start: '2014',
    title:
      'Russian oil in transit to China through the Atasu–Alashankou line begins (contract to 2022)',
    category: 'energy',
    sourceIds: ['afn-today-296687'],
    quote: 'Действовавший с 2014 года транзитный контракт заканчивался в 2022 году',
    note: 'From about 2014 the pipeline’s throughput is not the same as Kazakh oil exports to China.',
  },
  {
    id: 'event-li-keqiang-visit-2014',
    start: '2014-12-14',
    end: '2014-12-15',
    title: 'Premier Li Keqiang visits Astana; about US$14bn of deals',
    category: 'diplomacy',
    sourceIds: ['english-gov-cn-li-keqiang-2014-12-15'],
    quote: 'He witnessed the signing of a series of cooperative deals worth about $14 billion.',
  },
  {
    id: 'event-xi-visit-2015',
    start: '2015-05-07',
    title: 'Xi’s official visit to Kazakhstan',
    category: 'diplomacy',
    sourceIds: ['astana-times-2015-05'],
    quote:
      "President Xi Jinping's official visit to Kazakhstan on May 7 was the first by a head of state after President Nursultan Nazarbayev's convincing victory in the April 26 election.",
  },
  {
    id: 'event-nurly-zhol-plan-2016',
    start: '2016-09',
    title:
      'Plan linking the Silk Road Economic Belt with Nurly Zhol signed, the first bilateral Belt and Road plan',
    category: 'trade',
    sourceIds: ['zhentianmi-2022-09-17'],
    quote:
      '2016年9月份,中哈簽署《“絲綢之路經濟帶”建設與“光明之路”新經濟政策對接合作規劃》,這是“一帶一路”框架下簽署發布的第一個雙邊合作規劃。',
  },
  {
    id: 'event-xi-state-visit-2017',
    start: '2017-06-07',
    end: '2017-06-10',
    title: 'Xi state visit; SCO summit and the opening of EXPO-2017 in Astana',
    category: 'diplomacy',
    sourceIds: ['mtqpdj-2571981'],
    quote:
      '國家主席習近平于6月7日至10日對哈薩克斯坦進行國事訪問並出席上海合作組織成員國元首理事會第十七次會議和阿斯塔納專項世博會開幕式。',
  },
  {
    id: 'event-kz-gas-exports-begin-2017',
    start: '2017-10-15',
    title: 'Kazakh gas exports to China begin',
    category: 'energy',
    sourceIds: ['inform-kz-gas-10b'],
    quote:
      "the start of Kazakhstan's domestic gas exports to the country. This long-awaited event took place on October 15, 2017.",
  },
  {
    id: 'event-tokayev-state-visit-2019',
    start: '2019-09',
    title: 'Tokayev’s state visit to Beijing; an "eternal comprehensive strategic partnership"',
    category: 'diplomacy',
    sourceIds: ['inozpress-golden-30th'],
    quote:
      'the eternal all-round strategic partnership announced during his state visit to Beijing in September 2019',
  },
  {
    id: 'event-xi-state-visit-2022',
    start: '2022-09-14',
    title: 'Xi state visit to Nur-Sultan; 30th-anniversary joint statement',
    category: 'diplomacy',
    sourceIds: ['sputnik-cn-2022-09-14'],
    quote: '周三,中国国家主席抵达哈萨克斯坦,开始进行国事访问。... 两国元首在会谈后签署了联合声明。',
  },
  {
    id: 'event-khorgos-reopens-2023',
    start: '2023-04-24',
    title: 'Khorgos International Centre of Boundary Cooperation reopens after COVID',
    category: 'trade',
    sourceIds: ['astana-times-2023-04-khorgos'],
    quote:
      'The Khorgos International Center for Border Cooperation will resume its work on April 24 after the COVID-19 pandemic disrupted its operations over the past three years',
  },
  {
    id: 'event-visa-agreement-2023',
    start: '2023-05-17',
    title: 'Mutual visa-exemption agreement signed in Xi’an',
    category: 'diplomacy',
    sourceIds: ['vestikavkaza-164212'],
    quote:
      "The agreement between the Government of the Republic of Kazakhstan and the Government of the People's Republic of China on mutual exemption from visa requirements was concluded in the city of Xi'an on May 17, 2023.",
  },
  {
    id: 'event-china-central-asia-summit-2023',
    start: '2023-05-18',
    end: '2023-05-19',
    title: 'First China–Central Asia summit, Xi’an',
    category: 'diplomacy',
    sourceIds: ['zaochenbao-1544769'],
    quote: '首届中国—中亚峰会于2023年5月18日至19日在中国陕西省西安市举行。',
  },
  {
    id: 'event-visa-free-2023',
    start: '2023-11-10',
    title: '30-day mutual visa-free regime in force',
    category: 'other',
    sourceIds: ['daryo-2023-11-10'],
    quote:
      'The Agreement on mutual exemption from visa requirements ... officially came into force on November 10.',
  },
  {
    id: 'event-sco-summit-astana-2024',
    start: '2024-07-02',
    end: '2024-07-04',
    title: 'Xi’s visit to Kazakhstan; SCO summit in Astana',
    category: 'diplomacy',
    sourceIds: ['astana-times-2024-07'],
    quote:
      'Chinese President Xi Jinping pays another visit to Kazakhstan on July  2-4 to attend the Shanghai Cooperation Organization Summit',
  },
  {
    id: 'event-china-central-asia-summit-2025',
    start: '2025-06-16',
    end: '2025-06-18',
    title:
      'Second China–Central Asia summit, Astana; the six states sign a Treaty of Permanent Good-Neighbourliness and Friendly Cooperation',
    category: 'diplomacy',
    sourceIds: ['zaochenbao-1544769', 'timesca-13409'],
    quote:
      '中国国家主席习近平将于星期一至三(6月16日至18日)赴哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会。 … The six countries signed the ‘Treaty of Permanent Good-Neighborliness and Friendly Cooperation’',
  },
] satisfies Event[];
