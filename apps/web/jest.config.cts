module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  transform: {
    '^(?!.*\\.(js|jsx|ts|tsx|css|json)$)': '@nx/react/plugins/jest',
    '^.+\\.[tj]sx?$': ['babel-jest', { presets: ['@nx/react/babel'] }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json'],
  // Components import their own CSS; Jest does not need it.
  moduleNameMapper: { '\\.css$': '<rootDir>/src/testing/style-stub.ts' },
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup.ts'],
  coverageDirectory: '../../coverage/apps/web',
};
