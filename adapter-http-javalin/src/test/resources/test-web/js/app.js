// Test shop script.
export const shopName = 'Test shop';
