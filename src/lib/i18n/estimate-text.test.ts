import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../cli/catalogs.ts';
import { findOffering } from '../../engine/catalog.ts';
import { quote } from '../../engine/estimate.ts';
import { ENGLISH_FORMULA_WORDS } from '../../engine/explain.ts';
import type { ScenarioDoc } from '../../engine/scenario.ts';
import { en } from './en.ts';
import { estimateWarningText, lineDerivation, lineFormula, lineNotes, lineSource } from './estimate-text.ts';
import { zh } from './zh.ts';

const catalogs = loadCatalogs();
function priced(scenario: ScenarioDoc) {
  const r = quote(scenario, catalogs);
  if (!r.ok) throw new Error(r.message);
  const line = (id: string) => r.estimate.lines.find((l) => l.id === id)!;
  return { estimate: r.estimate, line, offering: findOffering(catalogs, scenario.offering)?.offering };
}

describe("formulas in the page's words", () => {
  it("are the command line's English words on the English page", () => {
    expect(en.formulaWords).toBe(ENGLISH_FORMULA_WORDS);
  });

  it('are Chinese on the Chinese page: hours, instances, months, free and the minimum fee', () => {
    const payg = priced({
      version: 1,
      offering: 'tencent.dedicated',
      region: 'ap-guangzhou',
      edition: 'basic',
      instances: 2,
      hours: '10',
      client: 'private',
      backend: 'private',
    });
    expect(lineFormula(zh, payg.line('instance'))).toMatch(/^10 小时 × [\d.]+ × 2 个实例 = [\d,.]+$/);
    expect(lineFormula(en, payg.line('instance'))).toMatch(/^10 h × [\d.]+ × 2 instances = [\d,.]+$/);
    const monthly = priced({ version: 1, offering: 'alibaba.dedicated', region: 'cn-beijing', edition: 'api.s1.small', billing: 'monthly', client: 'private' });
    expect(lineFormula(zh, monthly.line('instance'))).toBe('1 个月 × 3,680.00 = 3,680.00');
    expect(lineFormula(en, monthly.line('instance'))).toBe('1 month × 3,680.00 = 3,680.00');
    const free = priced({ version: 1, offering: 'alibaba.shared', region: 'cn-hangzhou', callsPerMonth: 12000000, clientGB: 100, backend: 'private' });
    expect(lineFormula(zh, free.line('calls'))).toBe(
      '12,000,000 − 1,000,000 免费 = 11,000,000；10,000,000 ÷ 10,000 × 0.06 + 1,000,000 ÷ 10,000 × 0.04 = 64.00',
    );
    const minimum = priced({
      version: 1,
      offering: 'huawei.dedicated',
      region: 'cn-north-4',
      edition: 'professional',
      hours: '0',
      bandwidthHours: '0.01',
      client: 'private',
      backend: 'internet',
    });
    expect(lineFormula(zh, minimum.line('bandwidth'))).toBe('0.01 小时 × 0.063 = 0.01（最低收费）');
    expect(lineFormula(en, minimum.line('bandwidth'))).toBe('0.01 h × 0.063 = 0.01 (minimum fee)');
  });
});

describe("derivations, sources, notes and warnings in the page's language", () => {
  it("writes a price's source in the page's language, the English one as the command line prints it", () => {
    // Alibaba's dedicated-instance billing was read in its English edition: its source was English only.
    const p = priced({ version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', hours: '9.5', clientGB: 10 });
    const traffic = p.line('traffic');
    expect(traffic.sourceRef?.id).toBe('alibaba-dedicated');
    expect(lineSource(zh, traffic, 'zh')).toBe(
      '《阿里云 API 网关：专享实例计费说明（实例规格使用费用、公网出访流量费用）》公网出访流量费用（元/GB）：中国大陆（杭州、上海、北京、张家口、呼和浩特、深圳、河源、成都）',
    );
    expect(lineSource(en, traffic, 'en')).toBe(traffic.source);
    expect(traffic.source).toBe(
      'Alibaba Cloud API Gateway: billing of dedicated instances (instance usage fees, outbound public network traffic fees) — Outbound public network traffic fees (CNY/GB): China (Hangzhou, Shanghai, Beijing, Zhangjiakou, Hohhot, Shenzhen, Heyuan, Chengdu)',
    );
    const quoted = priced({ version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', prices: { 'instance.payg': '5' } });
    expect(quoted.line('instance').sourceRef).toBeUndefined();
    expect(lineSource(zh, quoted.line('instance'), 'zh')).toBe(zh.confidenceHelp.override);
  });

  it("picks the derivation of the page's language", () => {
    const x3 = priced({ version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s2.large.x3', billing: 'monthly' });
    expect(lineDerivation(x3.line('instance'), 'zh')).toContain('阿里云计费文档');
    expect(lineDerivation(x3.line('instance'), 'en')).toContain("Alibaba's billing page");
  });

  it('writes each note of a line as a sentence', () => {
    const dedicated = priced({ version: 1, offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic', clientGB: 10, firstYear: true });
    expect(dedicated.line('traffic').notes).toEqual(['first-year-traffic-account']);
    expect(lineNotes(en, dedicated.line('traffic'))[0]).toMatch(/belongs to the account.*dedicated instances too/);
    expect(lineNotes(zh, dedicated.line('traffic'))[0]).toContain('属于账号');
    const flat = priced({ version: 1, offering: 'tencent.shared', region: 'ap-guangzhou', callsPerMonth: 20000000, prices: { calls: '0.03' } });
    expect(lineNotes(en, flat.line('calls'))).toEqual([en.notes['flat-call-price']]);
    expect(lineNotes(zh, flat.line('calls'))).toEqual([zh.notes['flat-call-price']]);
  });

  it("formats a warning's numbers per locale and names the edition in the page's language", () => {
    const p = priced({ version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', peakQps: '25000.5' });
    const w = p.estimate.warnings.find((x) => x.code === 'capacity')!;
    expect(w.params).toMatchObject({ peakQps: '25000.5', edition: 'api.s1.small' });
    const small = p.offering!.editions!.find((e) => e.id === 'api.s1.small')!;
    expect(estimateWarningText(en, 'en', w, p.offering)).toBe(
      `Peak 25,000.5 QPS exceeds the 2,500 QPS of 1 × ${small.name.en}: choose a larger edition or more instances.`,
    );
    expect(estimateWarningText(zh, 'zh', w, p.offering)).toContain('峰值 25,000.5 QPS 超过 1 × api.s1.small 的承载能力（2,500 QPS）');
  });

  it('names a quoted price the configuration does not use as the form labels it', () => {
    const p = priced({
      version: 1,
      offering: 'alibaba.dedicated',
      region: 'cn-hangzhou',
      edition: 'api.s1.small',
      billing: 'monthly',
      prices: { 'instance.payg': '5' },
    });
    const w = p.estimate.warnings.find((x) => x.code === 'unused-price')!;
    expect(w.params).toEqual({ key: 'instance.payg' });
    expect(estimateWarningText(en, 'en', w, p.offering)).toBe('Your quoted price “Instance, per hour” does not apply to this configuration and is ignored.');
    expect(estimateWarningText(zh, 'zh', w, p.offering)).toBe('您输入的“实例（元/小时）”报价不适用于当前配置，已忽略。');
  });
});
