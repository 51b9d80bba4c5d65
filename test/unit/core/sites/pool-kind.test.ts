import { describe, expect, it } from 'vitest';
import { detectPoolPage, poolKindOf } from '../../../../core/index';

const kindOf = (url: string) => poolKindOf(detectPoolPage(url)!);

describe('pool kind from the detected page', () => {
  it.each([
    [
      'https://app.uniswap.org/explore/pools/ethereum/0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27',
      'concentrated',
    ],
    ['https://app.uniswap.org/positions/v3/ethereum/123456', 'concentrated'],
    ['https://curve.finance/dex/ethereum/pools/3pool/deposit', 'stableswap'],
    [
      'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
      'weighted',
    ],
    [
      'https://aerodrome.finance/deposit?token0=0x4200000000000000000000000000000000000006&token1=0x833589fcd6edb6e08f4c7c32d4f71b54bda02913&type=-1',
      'constant-product',
    ],
    [
      'https://aerodrome.finance/deposit?token0=0x4200000000000000000000000000000000000006&token1=0x833589fcd6edb6e08f4c7c32d4f71b54bda02913&type=100',
      'concentrated',
    ],
    [
      'https://aerodrome.finance/deposit?token0=0x4200000000000000000000000000000000000006&token1=0x833589fcd6edb6e08f4c7c32d4f71b54bda02913&type=0',
      null,
    ],
    ['https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640', null],
    ['https://www.geckoterminal.com/eth/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640', null],
  ])('%s -> %s', (url, kind) => {
    expect(kindOf(url)).toBe(kind);
  });
});
