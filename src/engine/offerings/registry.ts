/**
 * The offerings, registered once. The page, the command line and the decision tools ask this table
 * what an offering is (dedicated or per call, its fields, its capacity); none compares offering ids.
 */
import { parseCatalogShape, type Catalog } from '../catalog.ts';
import type { VendorId } from '../ids.ts';
import { InputError, show, type FieldError } from '../issues.ts';
import { alibabaDedicated } from './alibaba-dedicated.ts';
import { alibabaShared } from './alibaba-shared.ts';
import { huaweiDedicated } from './huawei-dedicated.ts';
import { jdcloudShared } from './jdcloud-shared.ts';
import { tencentDedicated } from './tencent-dedicated.ts';
import { tencentShared } from './tencent-shared.ts';
import type { OfferingModule, ProductField } from './types.ts';

/** Every offering, in the order the page lists them. */
const MODULES = {
  'tencent.dedicated': tencentDedicated,
  'tencent.shared': tencentShared,
  'alibaba.dedicated': alibabaDedicated,
  'alibaba.shared': alibabaShared,
  'huawei.dedicated': huaweiDedicated,
  'jdcloud.shared': jdcloudShared,
} satisfies Record<string, OfferingModule>;

export type OfferingId = keyof typeof MODULES;
export const OFFERINGS = Object.keys(MODULES) as OfferingId[];

export function isOfferingId(value: unknown): value is OfferingId {
  return typeof value === 'string' && Object.hasOwn(MODULES, value);
}

export function offeringModule(id: OfferingId): OfferingModule {
  return MODULES[id];
}

export function vendorOf(id: OfferingId): VendorId {
  return MODULES[id].vendor;
}

/** Priced per instance: editions, billing modes, hours. */
export function isDedicated(id: OfferingId): boolean {
  return MODULES[id].dedicated;
}

/** Whether a product field applies to the offering. */
export function takesField(id: OfferingId, field: ProductField): boolean {
  return MODULES[id].fields.includes(field);
}

/**
 * Checks a catalog file: its structure (catalog.ts), then that every offering in it is registered and
 * has the vendor facts its rules need. Throws an InputError naming every bad path.
 */
export function parseCatalog(json: unknown, name = 'catalog'): Catalog {
  const catalog = parseCatalogShape(json, name);
  const errors: FieldError[] = [];
  catalog.offerings.forEach((o, i) => {
    const field = `offerings[${i}]`;
    if (!isOfferingId(o.id)) {
      errors.push({ field: `${field}.id`, message: `must be one of ${OFFERINGS.join(', ')} (got ${show(o.id)})` });
      return;
    }
    for (const fact of MODULES[o.id].facts) {
      const present = fact === 'editions' ? (o.editions?.length ?? 0) > 0 : o[fact] !== undefined;
      if (!present) errors.push({ field: `${field}.${fact}`, message: `is required: ${o.id}'s rules need it` });
    }
  });
  if (errors.length > 0) throw new InputError(errors, name);
  return catalog;
}
