export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true }] },
  testMatch: ['**/__tests__/**/*.test.ts'],
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  testTimeout: 60000,
}
