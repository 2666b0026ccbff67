x = [1, 2]
assert len(x) == 3, f"expected 3 items, got {len(x)}"

# expect error: AssertionError: expected 3 items, got 2
