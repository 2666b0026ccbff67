import Testing

@testable import MiniPython

@Suite struct ScriptErrorTests {
  @Test func tracebackIsFormattedAsCPythonPrintsIt() {
    let error = ScriptError(
      typeName: "ZeroDivisionError", message: "division by zero",
      traceback: [
        TracebackFrame(file: "x.py", line: 5, function: "<module>", sourceLine: "f()"),
        TracebackFrame(file: "x.py", line: 3, function: "f", sourceLine: "y = 1/0"),
      ])
    #expect(
      error.description == """
        Traceback (most recent call last):
          File "x.py", line 5, in <module>
            f()
          File "x.py", line 3, in f
            y = 1/0
        ZeroDivisionError: division by zero
        """)
  }

  @Test func syntaxErrorPointsAtTheColumn() {
    let error = ScriptError(
      typeName: "SyntaxError", message: "invalid syntax",
      syntax: .init(file: "x.py", location: SourceLocation(line: 2, column: 9), sourceLine: "    x = = 1"))
    #expect(
      error.description == """
          File "x.py", line 2
            x = = 1
                ^
        SyntaxError: invalid syntax
        """)
  }

  @Test func helpLineFollowsTheError() {
    let error = ScriptError(typeName: "ValueError", message: "bad", help: "did you mean W.T?")
    #expect(error.description == "ValueError: bad\nhelp: did you mean W.T?")
  }
}
