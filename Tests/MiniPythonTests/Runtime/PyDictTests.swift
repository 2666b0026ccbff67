import Testing

@testable import MiniPython

@Suite struct PyDictTests {
  @Test func findsEveryKeyAfterGrowingShrinkingAndRefilling() throws {
    let dict = PyDict()
    for i in 0..<500 { dict.set(try PyKey(.int(i)), .int(i * i)) }
    for i in stride(from: 0, to: 500, by: 2) { dict.remove(try PyKey(.int(i))) }
    #expect(dict.count == 250)
    #expect(dict.get(try PyKey(.int(499)))?.asIndex == 249_001)
    #expect(dict.get(try PyKey(.int(498))) == nil)
    for i in stride(from: 0, to: 500, by: 2) { dict.set(try PyKey(.int(i)), .int(-i)) }
    #expect(dict.count == 500)
    #expect(dict.get(try PyKey(.int(0)))?.asIndex == 0)
    #expect(dict.get(try PyKey(.int(2)))?.asIndex == -2)
    // Insertion order: the odd keys that stayed, then the even keys put back.
    #expect(dict.keys.prefix(3).compactMap(\.asIndex) == [1, 3, 5])
    #expect(dict.keys.suffix(2).compactMap(\.asIndex) == [496, 498])
  }

  @Test func aKeyRemovedAndPutBackMovesToTheEnd() {
    let dict = PyDict()
    for name in ["W1", "b1", "W2", "b2"] { dict.set(name, .str(name)) }
    dict.remove(PyKey(string: "W1"))
    #expect(dict.get("W1") == nil)
    dict.set("W1", .int(1))
    #expect(dict.keys.compactMap(\.asString) == ["b1", "W2", "b2", "W1"])
  }

  @Test func tupleKeysAndStringKeysHashByValue() throws {
    let dict = PyDict()
    dict.set(try PyKey(.tuple([.int(1), .float(2.0)])), .str("pair"))
    dict.set("dW" + String(1), .str("grad"))
    #expect(dict.get(try PyKey(.tuple([.float(1.0), .int(2)])))?.asString == "pair")
    #expect(dict.get("dW1")?.asString == "grad")
    #expect(dict.get("dW2") == nil)
  }

  @Test func removeAllEmptiesAndTheDictCanBeFilledAgain() {
    let dict = PyDict()
    dict.set("a", .int(1))
    dict.removeAll()
    #expect(dict.count == 0 && dict.get("a") == nil)
    dict.set("a", .int(2))
    #expect(dict.get("a")?.asIndex == 2)
  }
}
