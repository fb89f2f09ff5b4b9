import { dataProtection } from './data-protection';

describe('dataProtection', () => {
  it('should work', () => {
    expect(dataProtection()).toEqual('data-protection');
  })
})
