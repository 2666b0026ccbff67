s = "  Hello, World  "
print(s.strip(), "|" + s.lstrip() + "|", "|" + s.rstrip() + "|")
print(s.upper(), s.lower(), s.strip().title(), "hello world".capitalize())
print("a,b,,c".split(","), "a b  c".split(), "a-b-c".split("-", 1), "a b c".rsplit(" ", 1))
print("-".join(["x", "y", "z"]), "".join(reversed("abc")))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "banana".count("an"))
print("banana".find("na"), "banana".rfind("na"), "banana".find("x"), "banana".index("n"))
print("abc".startswith("ab"), "abc".endswith(("x", "c")), "abc".isalpha(), "123".isdigit())
print("x".center(5, "*"), "x".ljust(3) + "|", "x".rjust(3), "42".zfill(5), "-42".zfill(5))
print("a\nb\nc".splitlines(), "key=value".partition("="))
print(len("héllo"), "héllo"[1], "abcdef"[1:4], "abcdef"[::-1], "abcdef"[-2:])
print("ab" * 3, "a" + "b", "b" in "abc", "abc" < "abd", "Z" < "a")
print(str(12), str(1.5), str(None), str([1, "a"]), repr("it's"), repr('say "hi"'))
for ch in "hi":
    print(ch)
print(" ".join(str(i) for i in range(3)), list("abc"), sorted("cab"))
print("%s|%5s|%-5s|%d|%05d|%.2f|%8.3f|%e|%x|%%" % ("a", "b", "c", 42, 42, 3.14159, 2.5, 12345.678, 255))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%r %s" % ("q", 1.0), "%g %g %g" % (0.0001, 123456789.0, 1.5))

# expect: Hello, World |Hello, World  | |  Hello, World|
# expect:   HELLO, WORLD     hello, world   Hello, World Hello world
# expect: ['a', 'b', '', 'c'] ['a', 'b', 'c'] ['a', 'b-c'] ['a b', 'c']
# expect: x-y-z cba
# expect: bonono bonona 2
# expect: 2 4 -1 2
# expect: True True True True
# expect: **x** x  |   x 00042 -0042
# expect: ['a', 'b', 'c'] ('key', '=', 'value')
# expect: 5 é bcd fedcba ef
# expect: ababab ab True True True
# expect: 12 1.5 None [1, 'a'] "it's" 'say "hi"'
# expect: h
# expect: i
# expect: 0 1 2 ['a', 'b', 'c'] ['a', 'b', 'c']
# expect: a|    b|c    |42|00042|3.14|   2.500|1.234568e+04|ff|%
# expect: Ann is 30
# expect: 'q' 1.0 0.0001 1.23457e+08 1.5
