-- PUT /api/cart: a random shopper replaces their cart with $BENCH_LINES (default 3) random products.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")

local shoppers, products, lines

setup = common.setup
if common.counting() then
  response = common.response
end
done = common.done

function init(args)
  common.init()
  shoppers = common.shoppers(common.env("BENCH_SHOPPERS"))
  products = common.lines(common.env("BENCH_PRODUCTS"))
  lines = tonumber(os.getenv("BENCH_LINES") or "3")
end

function request()
  local body = '{"items":' .. common.items(products, lines) .. '}'
  return wrk.format("PUT", "/api/cart", common.bearer(common.pick(shoppers)), body)
end
