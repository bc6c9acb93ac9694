"""Minimal reproduction: plain moto_server lets concurrent transactions oversell.

Starts nothing itself. Run plain moto (`moto_server -H 127.0.0.1 -p 5055`), then
`python3 scripts/moto_race_repro.py http://127.0.0.1:5055`. Each round puts one product with stock 10 next
to 500 unrelated items, then 50 threads each run one TransactWriteItems: decrement stock by 1 on condition
stock >= 1, and put an order row. DynamoDB lets exactly 10 commit. Against plain moto 5.2.1 some rounds
report more than 10 commits (seen: 9 of 30 rounds). Against scripts/moto_serialized.py: none.
"""
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

endpoint = sys.argv[1]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 10
ddb = boto3.client("dynamodb", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="test",
                   aws_secret_access_key="test",
                   config=Config(max_pool_connections=60, retries={"max_attempts": 1}))


def table(name, *keys):
    ddb.create_table(TableName=name, BillingMode="PAY_PER_REQUEST",
                     AttributeDefinitions=[{"AttributeName": k, "AttributeType": "S"} for k in keys],
                     KeySchema=[{"AttributeName": k, "KeyType": "HASH" if i == 0 else "RANGE"}
                                for i, k in enumerate(keys)])


def checkout(round_no, i, barrier):
    barrier.wait()
    try:
        ddb.transact_write_items(TransactItems=[
            {"Update": {"TableName": f"P{round_no}", "Key": {"id": {"S": "p"}},
                        "UpdateExpression": "SET stock = stock - :one", "ConditionExpression": "stock >= :one",
                        "ExpressionAttributeValues": {":one": {"N": "1"}}}},
            {"Put": {"TableName": f"O{round_no}", "Item": {"id": {"S": f"o{i}"}}}}])
        return True
    except ClientError:
        return False


bad = 0
for r in range(rounds):
    table(f"P{r}", "id")
    table(f"O{r}", "id")
    for start in range(0, 500, 25):
        ddb.batch_write_item(RequestItems={f"P{r}": [
            {"PutRequest": {"Item": {"id": {"S": f"x{n}"}, "stock": {"N": "1"}}}} for n in range(start, start + 25)]})
    ddb.put_item(TableName=f"P{r}", Item={"id": {"S": "p"}, "stock": {"N": "10"}})
    barrier = threading.Barrier(50)
    with ThreadPoolExecutor(50) as pool:
        commits = sum(pool.map(lambda i: checkout(r, i, barrier), range(50)))
    stock = ddb.get_item(TableName=f"P{r}", Key={"id": {"S": "p"}}, ConsistentRead=True)["Item"]["stock"]["N"]
    orders = ddb.scan(TableName=f"O{r}", Select="COUNT")["Count"]
    oversold = commits != 10 or orders != 10 or int(stock) != 0
    bad += oversold
    print(f"round {r}: {commits} commits, {orders} order rows, stock {stock}" + ("  <-- OVERSOLD" if oversold else ""))
print(f"{bad} of {rounds} rounds broke DynamoDB's guarantee")
