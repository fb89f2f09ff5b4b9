import { smallCell } from './small-cell';

describe('smallCell', () => {
  it('shows counts below k as "fewer than k", zero and k and above as they are', () => {
    expect(smallCell(3, 5)).toEqual({ count: null, lessThan: 5 });
    expect(smallCell(0, 5)).toEqual({ count: 0, lessThan: null });
    expect(smallCell(5, 5)).toEqual({ count: 5, lessThan: null });
  });
});
