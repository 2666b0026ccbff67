import Testing

@testable import LessonKit

@Suite struct ValueLiteralTests {
  @Test func readsPythonLiterals() {
    #expect(ValueLiteral.parse("None") == CheckValue.none)
    #expect(ValueLiteral.parse("True") == .bool(true))
    #expect(ValueLiteral.parse("-inf") == .float(-.infinity))
    #expect(ValueLiteral.parse("(4,)") == .tuple([.int(4)]))
    #expect(ValueLiteral.parse("[1, 2.5]") == .list([.int(1), .float(2.5)]))
    #expect(ValueLiteral.parse("'text'") == .string("text"))
  }

  @Test func rejectsWhatIsNotALiteral() {
    #expect(ValueLiteral.parse("np.zeros(3)") == nil)
  }
}
