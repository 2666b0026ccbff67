import Testing

@testable import MiniPython

@Suite struct PyKeyTests {
  @Test func numbersThatCompareEqualAreOneKey() throws {
    let dict = PyDict()
    dict.set(try PyKey(.int(1)), .str("int"))
    dict.set(try PyKey(.float(1.0)), .str("float"))
    dict.set(try PyKey(.bool(true)), .str("bool"))
    #expect(dict.count == 1)
    #expect(dict.get(try PyKey(.int(1)))?.asString == "bool")
  }

  @Test func listsAreUnhashable() {
    #expect(throws: PyException.self) { try PyKey(.list(PyList())) }
  }

  @Test func dictKeepsInsertionOrderAfterRemoval() throws {
    let dict = PyDict()
    for name in ["a", "b", "c"] { dict.set(name, .str(name)) }
    dict.remove(PyKey(string: "b"))
    dict.set("b", .int(2))
    #expect(dict.keys.compactMap(\.asString) == ["a", "c", "b"])
  }
}
