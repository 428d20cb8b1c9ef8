/**
 * Each vendor's own words for where clients and backends sit, mapped onto the scenario's topology
 * values (RULES.md, "Traffic topology").
 */
import type { BackendPlace, ClientPlace, VendorId } from '../../engine/ids.ts';

type Text = { zh: string; en: string };
export interface TopologyLabels {
  client: Record<ClientPlace, Text>;
  backend: Record<BackendPlace, Text>;
}

export const TOPOLOGY_LABELS: Record<VendorId, TopologyLabels> = {
  tencent: {
    client: {
      internet: { zh: '公网客户端（经公网域名调用）', en: 'Internet clients (public domain)' },
      'cloud-public': { zh: '腾讯云内客户端，经公网域名调用', en: 'Clients in Tencent Cloud, calling the public domain' },
      private: { zh: '同地域 VPC 内网调用', en: 'Same-region VPC, over the intranet' },
    },
    backend: {
      internet: { zh: '腾讯云外的后端（公网）', en: 'Backend outside Tencent Cloud (internet)' },
      'cloud-public': { zh: '腾讯云上的后端（公网 IP）', en: 'Backend in Tencent Cloud at a public IP' },
      'cross-region-public': { zh: '其他地域的后端（公网）', en: 'Backend in another region (public network)' },
      private: { zh: '同地域 VPC 内网后端', en: 'Same-region VPC backend (intranet)' },
      none: { zh: 'Mock 后端（无后端流量）', en: 'Mock backend (no backend traffic)' },
    },
  },
  alibaba: {
    client: {
      internet: { zh: '公网客户端（API 分组绑定的公网域名）', en: 'Internet clients (public domain)' },
      'cloud-public': { zh: '阿里云内客户端，经公网调用', en: 'Clients in Alibaba Cloud, over the internet' },
      private: { zh: 'VPC 内网调用（同地域 VPC，或经云企业网 CEN、VPC 二级域名）', en: 'VPC access: same region, via CEN or a VPC domain' },
    },
    backend: {
      internet: { zh: '公网后端（HTTP 地址）', en: 'Backend on the internet (HTTP address)' },
      'cloud-public': { zh: '阿里云上的后端（公网地址）', en: 'Backend in Alibaba Cloud at a public address' },
      'cross-region-public': { zh: '其他地域的后端（公网）', en: 'Backend in another region over the internet' },
      private: {
        zh: 'VPC 后端：同地域 VPC、经云企业网 CEN 访问的其他地域 VPC，或同地域函数计算',
        en: 'VPC backend: same region, a VPC in another region via CEN, or same-region Function Compute',
      },
      none: { zh: 'Mock 后端', en: 'Mock backend' },
    },
  },
  huawei: {
    client: {
      internet: { zh: '公网客户端调用（网关需绑定 EIP）', en: 'Calls from the internet (the gateway needs an EIP)' },
      'cloud-public': { zh: '华为云内客户端经公网调用（需绑定 EIP）', en: 'Calls from Huawei Cloud over the public network (EIP)' },
      private: { zh: 'VPC 内网调用（无需 EIP）', en: 'Calls within the VPC (no EIP)' },
    },
    backend: {
      internet: { zh: '公网后端（需公网出口带宽）', en: 'Backend on the public network (needs public bandwidth)' },
      'cloud-public': { zh: '华为云上的公网地址后端（需公网带宽）', en: 'Backend in Huawei Cloud at a public address (public bandwidth)' },
      'cross-region-public': { zh: '其他区域的后端（需公网带宽）', en: 'Backend in another region (public bandwidth)' },
      private: { zh: '同一 VPC 内后端（私有 IP，无需带宽）', en: 'Backend in the same VPC (private IP, no bandwidth)' },
      none: { zh: 'Mock 后端', en: 'Mock backend' },
    },
  },
  jdcloud: {
    client: {
      internet: { zh: '公网客户端', en: 'Internet clients' },
      'cloud-public': { zh: '京东云内客户端，经公网调用', en: 'Clients in JD Cloud, over the public network' },
      private: { zh: '内网客户端（京东云仍对出流量计费）', en: 'Intranet clients (JD Cloud still bills the egress)' },
    },
    backend: {
      internet: { zh: '公网后端', en: 'Backend on the internet' },
      'cloud-public': { zh: '京东云上的后端（公网地址）', en: 'Backend in JD Cloud at a public address' },
      'cross-region-public': { zh: '其他地域的后端（公网）', en: 'Backend in another region (public network)' },
      private: { zh: '同地域内网后端', en: 'Same-region intranet backend' },
      none: { zh: 'Mock 后端', en: 'Mock backend' },
    },
  },
};
