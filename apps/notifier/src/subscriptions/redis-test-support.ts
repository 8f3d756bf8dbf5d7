// For tests only: the runtime package's Redis test helpers (own key prefix per test file, cleanup by SCAN).
export { deleteKeysUnder, keysUnder, redisUrl, testRedisLayer, uniquePrefix } from "@india-italy/runtime/testing"
