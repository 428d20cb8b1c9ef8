/** Where clients and the backend sit, in the vendor's words, and which hops of a call are billed. */
import { findOffering, type Catalogs, type CatalogOffering } from '../../../engine/catalog.ts';
import { BACKENDS, CLIENTS, type BackendPlace, type ClientPlace } from '../../../engine/ids.ts';
import { offeringModule, vendorOf } from '../../../engine/offerings/registry.ts';
import { fieldOr } from '../../../engine/scenario.ts';
import { billedHops, publicNetwork } from '../../../engine/topology.ts';
import { SelectField } from '../../../components/ui/field.tsx';
import { useLocale, useT } from '../../../lib/i18n/locale.ts';
import type { Messages } from '../../../lib/i18n/en.ts';
import { memo } from 'react';
import { useCalculatorApi, useFields } from '../../../stores/calculator.ts';
import { TOPOLOGY_LABELS } from '../topology-labels.ts';

type HopState = 'billed' | 'free' | 'bandwidth' | 'eip' | 'none';
interface Hop {
  key: keyof Messages['hopNames'];
  from: keyof Messages['nodes'];
  to: keyof Messages['nodes'];
  state: HopState;
}

/**
 * The four hops of one call and how the vendor bills each: egress per GB as the catalog's
 * `billedEgress` says, or, where public egress is billed as bandwidth by the hour (Huawei), the
 * bandwidth and EIP that crossing the public network needs.
 */
function hops(offering: CatalogOffering | undefined, perGB: boolean, client: ClientPlace, backend: BackendPlace): Hop[] {
  const billed = perGB && offering?.billedEgress ? billedHops(offering.billedEgress, client, backend) : undefined;
  const pub = publicNetwork(client, backend);
  const toBackend: HopState =
    backend === 'none' ? 'none' : billed ? (billed.gatewayToBackend ? 'billed' : 'free') : !perGB && pub.backend ? 'bandwidth' : 'free';
  const toClient: HopState = billed ? (billed.gatewayToClient ? 'billed' : 'free') : !perGB && pub.client ? 'eip' : 'free';
  return [
    { key: 'clientToGateway', from: 'client', to: 'gateway', state: 'free' },
    { key: 'gatewayToBackend', from: 'gateway', to: 'backend', state: toBackend },
    { key: 'backendToGateway', from: 'backend', to: 'gateway', state: backend === 'none' ? 'none' : 'free' },
    { key: 'gatewayToClient', from: 'gateway', to: 'client', state: toClient },
  ];
}

function stateText(t: Messages, state: HopState): string {
  return { billed: t.billed, free: t.free, bandwidth: t.bandwidthBilled, eip: t.eipNeeded, none: t.noBackendTraffic }[state];
}

const FIELDS = ['offering', 'client', 'backend'] as const;

export const TopologyFields = memo(function TopologyFields({ catalogs }: { catalogs: Catalogs }) {
  const t = useT();
  const locale = useLocale();
  const inputs = useFields(FIELDS);
  const { setField } = useCalculatorApi().getState();
  const { offering } = inputs;
  const labels = TOPOLOGY_LABELS[vendorOf(offering)];
  const client = fieldOr(inputs, 'client');
  const backend = fieldOr(inputs, 'backend');
  const perGB = offeringModule(offering).egress === 'per-gb';
  const catalogOffering = findOffering(catalogs, offering)?.offering;

  return (
    <fieldset className="panel">
      <legend>{t.topology}</legend>
      <SelectField
        name="client"
        label={t.client}
        value={client}
        options={CLIENTS.map((c) => ({ value: c, label: labels.client[c][locale] }))}
        onChange={(v) => setField('client', v)}
      />
      <SelectField
        name="backend"
        label={t.backend}
        value={backend}
        options={BACKENDS.map((b) => ({ value: b, label: labels.backend[b][locale] }))}
        onChange={(v) => setField('backend', v)}
      />
      <figure className="hops" data-testid="hops">
        <figcaption>{t.hops}</figcaption>
        <ol>
          {hops(catalogOffering, perGB, client, backend).map((h, i) => (
            <li key={h.key} className={`hop hop--${h.state}`} data-hop={h.key} data-state={h.state}>
              <span className="hop__n" aria-hidden="true">
                {i + 1}
              </span>
              <span className="hop__path">
                {t.nodes[h.from]} → {t.nodes[h.to]}
                <small>{t.hopNames[h.key]}</small>
              </span>
              <span className="hop__state">{stateText(t, h.state)}</span>
            </li>
          ))}
        </ol>
      </figure>
    </fieldset>
  );
});
