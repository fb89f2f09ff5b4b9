export function dataProtection(): string {
  return 'data-protection';
}
