/** What the estimate's views show: the estimate as priced (its totals, items, groups, pooled items). */
import type { Estimate36 } from '../../engine/estimates/document.ts';
import type { EstimateItemTotals, EstimateOutput } from '../../engine/estimates/pricing.ts';

export interface EstimateFigures {
  output: EstimateOutput<EstimateItemTotals>;
  validated: Estimate36;
}
