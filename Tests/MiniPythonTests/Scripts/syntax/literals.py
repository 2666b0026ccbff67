# Literals, comments, line continuation, semicolons.
print(1, -2, 3.5, 1e3, 1.5e-5, 0x1F, 0o17, 0b101, 1_000_000)
print(True, False, None, ...)
print('single', "double", '''triple
quoted''', """also "triple" """)
print("escapes: \t|\\|\'|\"|\x41|\u00e9")
print(r"raw \n stays")
x = (1 +
     2)
y = 3 + \
    4
a = 1; b = 2
print(x, y, a + b)  # trailing comment
print("adjacent" " strings" ' join')
print([1, 2,
       3], {
    "k": 1,
})

# expect: 1 -2 3.5 1000.0 1.5e-05 31 15 5 1000000
# expect: True False None Ellipsis
# expect: single double triple
# expect: quoted also "triple" 
# expect: escapes: 	|\|'|"|A|é
# expect: raw \n stays
# expect: 3 7 3
# expect: adjacent strings join
# expect: [1, 2, 3] {'k': 1}
