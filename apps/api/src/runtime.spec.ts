describe('runtime', () => {
  // The project pins Node 24 LTS as a devDependency; npm scripts and npx put it first on PATH.
  it('runs on Node 24', () => {
    expect(process.version).toMatch(/^v24\./);
  });
});
