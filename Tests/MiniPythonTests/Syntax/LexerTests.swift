import Testing

@testable import MiniPython

@Suite struct LexerTests {
  private func kinds(_ source: String) throws -> [Token.Kind] {
    try Lexer.tokenize(source).map(\.kind)
  }

  @Test func blocksBecomeIndentAndDedent() throws {
    #expect(
      try kinds("if x:\n    y = 1\nz\n") == [
        .keyword("if"), .name("x"), .op(":"), .newline, .indent, .name("y"), .op("="), .int(1),
        .newline, .dedent, .name("z"), .newline, .end,
      ])
  }

  @Test func blankAndCommentLinesDoNotChangeIndentation() throws {
    #expect(
      try kinds("def f():\n    a\n\n    # note\n    b\n") == [
        .keyword("def"), .name("f"), .op("("), .op(")"), .op(":"), .newline, .indent, .name("a"),
        .newline, .name("b"), .newline, .dedent, .end,
      ])
  }

  @Test func notebookSetupMagicsAreSkippedLikeComments() throws {
    #expect(try kinds("%matplotlib inline\n%load_ext autoreload\n%autoreload 2\nx\n") == [.name("x"), .newline, .end])
    #expect(try kinds("%timeit f\n").first == .op("%"))  // left for the parser to reject, as Python does
    #expect(try kinds("(a\n% b)\n") == [.op("("), .name("a"), .op("%"), .name("b"), .op(")"), .newline, .end])
  }

  @Test func newlinesInsideBracketsAndAfterBackslashContinueTheLine() throws {
    #expect(try kinds("(1,\n 2)\n") == [.op("("), .int(1), .op(","), .int(2), .op(")"), .newline, .end])
    #expect(try kinds("1 + \\\n2\n") == [.int(1), .op("+"), .int(2), .newline, .end])
  }

  @Test func numbersInEveryForm() throws {
    #expect(
      try kinds("1_000 0x1f 0o17 0b101 2.5 .5 1e-3 3.\n") == [
        .int(1000), .int(31), .int(15), .int(5), .float(2.5), .float(0.5), .float(0.001), .float(3),
        .newline, .end,
      ])
  }

  @Test func stringsWithEscapesPrefixesAndTripleQuotes() throws {
    #expect(
      try kinds(#"'a\tb' "q\"" r'\n' '''x"y''' f'{v:.2f}'"# + "\n") == [
        .string("a\tb"), .string("q\""), .string("\\n"), .string("x\"y"), .formatString("{v:.2f}"),
        .newline, .end,
      ])
  }

  @Test func longestOperatorWins() throws {
    #expect(try kinds("a **= b // c != d\n") == [
      .name("a"), .op("**="), .name("b"), .op("//"), .name("c"), .op("!="), .name("d"), .newline, .end,
    ])
  }

  @Test func tokensCarryLineAndColumn() throws {
    let tokens = try Lexer.tokenize("x = 1\n  \ny  =  2\n")
    #expect(tokens[0].location == SourceLocation(line: 1, column: 1))
    #expect(tokens[4].kind == .name("y"))
    #expect(tokens[4].location == SourceLocation(line: 3, column: 1))
    #expect(tokens[6].location == SourceLocation(line: 3, column: 7))
  }

  @Test(arguments: [
    ("x = (1,\n", "'(' was never closed"),
    ("x = 1)\n", "unmatched ')'"),
    ("x = [1)\n", "closing parenthesis ')' does not match opening parenthesis '['"),
    ("s = 'abc\n", "unterminated string literal (detected at line 1)"),
    ("if x:\n    a\n  b\n", "unindent does not match any outer indentation level"),
    ("x = 1j\n", "complex numbers are not supported"),
    ("x = 012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
  ])
  func rejectsMalformedSource(source: String, message: String) {
    #expect(throws: SyntaxError.self) { try Lexer.tokenize(source) }
    do {
      _ = try Lexer.tokenize(source)
    } catch {
      #expect(error.message == message)
    }
  }
}

extension SyntaxError: Equatable {
  public static func == (a: SyntaxError, b: SyntaxError) -> Bool {
    a.kind == b.kind && a.message == b.message && a.location == b.location
  }
}
