-- A mixed shopper journey, request by request: mostly browsing, some carts, some checkouts.
-- Each request is one step drawn with these weights (out of 100):
--   25 catalog page, 10 category page, 10 search, 25 product page,
--   10 cart replace, 5 cart view, 10 checkout (1 to 3 products), 5 order history.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")

local shoppers, products, categories, searches

setup = common.setup
if common.counting() then
  response = common.response
end
done = common.done

function init(args)
  common.init()
  shoppers = common.shoppers(common.env("BENCH_SHOPPERS"))
  products = common.lines(common.env("BENCH_PRODUCTS"))
  categories = common.lines(common.env("BENCH_CATEGORIES"))
  searches = common.lines(common.env("BENCH_SEARCHES"))
end

local function get(path, shopper)
  if shopper then
    return wrk.format("GET", path, common.auth(shopper))
  end
  return wrk.format("GET", path)
end

function request()
  local roll = math.random(100)
  local shopper = common.pick(shoppers)
  if roll <= 25 then
    return get("/api/products?limit=20")
  elseif roll <= 35 then
    return get("/api/products?limit=20&category=" .. common.pick(categories))
  elseif roll <= 45 then
    return get("/api/products?limit=20&q=" .. common.pick(searches))
  elseif roll <= 70 then
    return get("/api/products/" .. common.pick(products))
  elseif roll <= 80 then
    local body = '{"items":' .. common.items(products, math.random(3)) .. '}'
    return wrk.format("PUT", "/api/cart", common.bearer(shopper), body)
  elseif roll <= 85 then
    return get("/api/cart", shopper)
  elseif roll <= 95 then
    local headers = common.bearer(shopper)
    headers["Idempotency-Key"] = common.idempotency_key()
    local body = '{"items":' .. common.items(products, math.random(3)) .. ',"shippingAddress":' .. common.address .. '}'
    return wrk.format("POST", "/api/orders", headers, body)
  else
    return get("/api/orders?limit=20", shopper)
  end
end
