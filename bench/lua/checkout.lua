-- POST /api/orders: a random shopper buys one unit of a random product, with its own Idempotency-Key.
-- As fast as answers come, or at the steady rate BENCH_RATE (see common.delay).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")

local shoppers, products

setup = common.setup
done = common.done
if common.paced() then
  delay = common.delay
  response = common.timed
elseif common.counting() then
  response = common.response
end

function init(args)
  common.init()
  shoppers = common.shoppers(common.env("BENCH_SHOPPERS"))
  products = common.lines(common.env("BENCH_PRODUCTS"))
end

function request()
  local headers = common.bearer(common.pick(shoppers))
  headers["Idempotency-Key"] = common.idempotency_key()
  if common.paced() then
    common.stamp(headers)
  end
  local body = '{"items":' .. common.items(products, 1) .. ',"shippingAddress":' .. common.address .. '}'
  return wrk.format("POST", "/api/orders", headers, body)
end
