# `%` formatting with a template literal (parsed once when the script is compiled) and with a
# template held in a variable (parsed at each use): both print the same.
for i in range(3):
    print("Cost after iteration %i: %f" % (i, 0.5 / (i + 1)))
    print("%d items, %.3f loss, %s" % (i, 1 / 3, "ok"))
template = "%5.2f|%-6d|%+d|%05.1f|%e|%g|%x|%r|%%"
values = (3.14159, 42, 7, 2.5, 12345.678, 0.0001, 255, "s")
print(template % values)
print("%5.2f|%-6d|%+d|%05.1f|%e|%g|%x|%r|%%" % values)
print("%s" % 3.0, "%s" % None, "%s" % True, "%d" % True, "%s" % [1, 2], "%s" % (1,))
print("%f" % 2, "%.0f" % 2.5, "%.2f" % float("inf"), "%.1f" % -0.0)
print("%(name)s is %(age)d" % {"name": "Ada", "age": 36})
print("%s and %s" % ("a", "b"), "100%%" % ())
print("%d" % 3.9, "%i" % -2)
print("%.300f" % 1.0 == "1." + "0" * 300)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%f" % "x")
except TypeError as e:
    print("TypeError:", e)

# expect: Cost after iteration 0: 0.500000
# expect: 0 items, 0.333 loss, ok
# expect: Cost after iteration 1: 0.250000
# expect: 1 items, 0.333 loss, ok
# expect: Cost after iteration 2: 0.166667
# expect: 2 items, 0.333 loss, ok
# expect:  3.14|42    |+7|002.5|1.234568e+04|0.0001|ff|'s'|%
# expect:  3.14|42    |+7|002.5|1.234568e+04|0.0001|ff|'s'|%
# expect: 3.0 None True 1 [1, 2] 1
# expect: 2.000000 2 inf -0.0
# expect: Ada is 36
# expect: a and b 100%
# expect: 3 -2
# expect: True
# expect: TypeError: not enough arguments for format string
# expect: TypeError: not all arguments converted during string formatting
# expect: TypeError: %d format: a real number is required, not str
# expect: TypeError: must be real number, not str
