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
    // PancakeSwap: a StableSwap pool is a stableswap; an Infinity id may be CL or Bin, so the URL says nothing.
    [
      'https://pancakeswap.finance/liquidity/add/bsc/stableSwap/0x36696169c63e42cd08ce11f5deebbcebae652050',
      'stableswap',
    ],
    [
      'https://pancakeswap.finance/liquidity/add/bsc/infinity/0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27',
      null,
    ],
    ['https://pancakeswap.finance/liquidity/position/infinityCl/12345?chain=bsc', 'concentrated'],
    // Camelot: v3 is Algebra (concentrated); a v2 pair may be volatile or stable, which the URL does not say.
    [
      'https://app.camelot.exchange/liquidity?chain=arbitrum&token1=ETH&token2=0xaf88d065e77c8cC2239327C5EDb3A432268e5831&type=v3',
      'concentrated',
    ],
    [
      'https://app.camelot.exchange/liquidity/?token1=0xaf88d065e77c8cC2239327C5EDb3A432268e5831&token2=0x82aF49447D8a07e3bd95BD0d56f35241523fBab1&type=v2&position=lp',
      null,
    ],
    ['https://www.geckoterminal.com/eth/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640', null],
  ])('%s -> %s', (url, kind) => {
    expect(kindOf(url)).toBe(kind);
  });
});
