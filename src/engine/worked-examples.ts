/**
 * The worked examples of RULES.md: scenarios with the vendors' own results. The golden tests check the
 * engine against them to the cent, and the page offers them as one-click presets.
 */
import type { LineId } from './ids.ts';
import type { ScenarioDoc } from './scenario.ts';

export interface WorkedExample {
  id: string;
  /** What the example shows, for a preset button. */
  title: { zh: string; en: string };
  /** Where the example comes from. */
  source: string;
  scenario: ScenarioDoc;
  /** The vendor's result, to the cent. */
  total: string;
  upfront?: string;
  lines: Partial<Record<LineId, string>>;
}

export const WORKED_EXAMPLES: WorkedExample[] = [
  {
    id: 'tencent-shared-tiers',
    title: { zh: '腾讯云共享实例：按调用量 + 流量', en: 'Tencent shared: calls plus traffic' },
    source: "RULES.md, tencent.shared: the seed's worked example (Guangzhou, 5,000,000 calls)",
    scenario: {
      version: 1,
      offering: 'tencent.shared',
      region: 'ap-guangzhou',
      callsPerMonth: 5000000,
      responseKB: 3,
      requestKB: 1,
      client: 'internet',
      backend: 'cross-region-public',
    },
    total: '45.26',
    lines: { calls: '30.00', traffic: '15.26' },
  },
  {
    id: 'tencent-shared-first-year',
    title: { zh: '腾讯云共享实例：首年免费额度', en: 'Tencent shared: first-year free quota' },
    source: "RULES.md, tencent.shared: the same example in the account's first year",
    scenario: {
      version: 1,
      offering: 'tencent.shared',
      region: 'ap-guangzhou',
      callsPerMonth: 5000000,
      responseKB: 3,
      requestKB: 1,
      client: 'internet',
      backend: 'cross-region-public',
      firstYear: true,
    },
    total: '38.46',
    lines: { calls: '24.00', traffic: '14.46' },
  },
  {
    id: 'tencent-shared-150m',
    title: { zh: '腾讯云共享实例：1.5 亿次阶梯计价', en: 'Tencent shared: 150 M calls across three tiers' },
    source: 'RULES.md, tencent.shared: 150,000,000 calls, not first year',
    scenario: { version: 1, offering: 'tencent.shared', region: 'ap-guangzhou', callsPerMonth: 150000000, client: 'internet', backend: 'none' },
    total: '570.00',
    lines: { calls: '570.00', traffic: '0.00' },
  },
  {
    id: 'alibaba-payg-partial-hour',
    title: { zh: '阿里云专享实例：按量计费 9.5 小时（按整小时计费）', en: 'Alibaba dedicated: 9.5 h pay-as-you-go, billed as whole hours' },
    source: "RULES.md, alibaba.dedicated: the seed's example (1), cn-hangzhou",
    scenario: {
      version: 1,
      offering: 'alibaba.dedicated',
      region: 'cn-hangzhou',
      edition: 'api.s1.small',
      billing: 'payg',
      hours: 9.5,
      clientGB: 10,
      client: 'internet',
      backend: 'private',
    },
    total: '67.40',
    lines: { instance: '59.40', traffic: '8.00' },
  },
  {
    id: 'alibaba-monthly-vpc',
    title: { zh: '阿里云专享实例：包月，全程内网', en: 'Alibaba dedicated: one month subscription, all private' },
    source: "RULES.md, alibaba.dedicated: the seed's example (2), cn-beijing",
    scenario: {
      version: 1,
      offering: 'alibaba.dedicated',
      region: 'cn-beijing',
      edition: 'api.s1.small',
      billing: 'monthly',
      client: 'private',
      backend: 'private',
    },
    total: '3680.00',
    lines: { instance: '3680.00', traffic: '0.00' },
  },
  {
    id: 'alibaba-serverless-tiers',
    title: { zh: '阿里云 Serverless 实例：1,200 万次调用 + 100 GB 流量', en: 'Alibaba serverless: 12 M calls plus 100 GB of traffic' },
    source: "RULES.md, alibaba.shared: Alibaba's worked example (cn-hangzhou, 12,000,000 calls, 100 GB of public egress)",
    // 12,000,000 − 1,000,000 free = 11,000,000 billable: 1,000 × 0.06 + 100 × 0.04 = 64.00; 100 GB × 0.8 = 80.00.
    scenario: { version: 1, offering: 'alibaba.shared', region: 'cn-hangzhou', callsPerMonth: 12000000, clientGB: 100, client: 'internet', backend: 'private' },
    total: '144.00',
    lines: { calls: '64.00', traffic: '80.00' },
  },
  {
    id: 'huawei-payg-seconds',
    title: { zh: '华为云专业版：按需 179,996 秒（示例单价）', en: 'Huawei professional: 179,996 s pay-per-use (example price)' },
    source: 'RULES.md, huawei.dedicated: 2023-03-08 15:50:04 to 2023-03-10 17:50:00 = 179,996 s',
    // 179,996 s ÷ 3,600 = 49.99888… h; 14 decimals keep the fee exact to far below a cent.
    scenario: {
      version: 1,
      offering: 'huawei.dedicated',
      region: 'cn-north-4',
      edition: 'professional',
      billing: 'payg',
      hours: '49.99888888888889',
      client: 'private',
      backend: 'private',
    },
    total: '643.99',
    lines: { instance: '643.99', bandwidth: '0.00' },
  },
  {
    id: 'huawei-payg-bandwidth',
    title: { zh: '华为云专业版：870 秒 + 公网带宽（示例单价）', en: 'Huawei professional: 870 s with public bandwidth (example prices)' },
    source: 'RULES.md, huawei.dedicated: 870 s of a professional gateway with public bandwidth',
    scenario: {
      version: 1,
      offering: 'huawei.dedicated',
      region: 'cn-north-4',
      edition: 'professional',
      billing: 'payg',
      hours: '0.24166666666666667',
      bandwidthHours: '0.24166666666666667',
      client: 'private',
      backend: 'internet',
    },
    total: '3.13',
    lines: { instance: '3.11', bandwidth: '0.02' },
  },
  {
    id: 'jdcloud-units',
    title: { zh: '京东云：调用次数按万次向上取整', en: 'JD Cloud: calls in started units of 10,000' },
    source: 'RULES.md, jdcloud.shared: cn-north-1, 3,456,789 calls, 2 KB responses',
    scenario: { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1', callsPerMonth: 3456789, responseKB: 2, client: 'internet', backend: 'private' },
    total: '15.11',
    lines: { calls: '9.84', traffic: '5.27' },
  },
];
