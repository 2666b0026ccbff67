@testable import LessonKit

/// A stand-in for the Python interpreter: statements are `name = <literal>`, `print(<text>)`
/// and `raise <message>`; expressions are variable names or entries of `functions`, closures
/// over the session's variables.
struct FakeRuntime: LessonRuntime {
  typealias Function = @Sendable ([String: CheckValue]) -> Result<CheckValue, EvaluationError>
  var functions: [String: Function] = [:]

  func makeSession(seed: UInt64) -> any LessonSession {
    FakeSession(functions: functions, variables: ["seed": .int(Int(seed))])
  }
}

struct FakeSession: LessonSession {
  var functions: [String: FakeRuntime.Function]
  var variables: [String: CheckValue]

  mutating func run(_ source: String) -> CellResult {
    var result = CellResult()
    for line in source.split(separator: "\n") {
      let text = String(line.trimmingSpaces)
      if text.isEmpty || text.hasPrefix("#") || text.hasPrefix("def ") || text.hasPrefix("import ")
      {
        continue
      }
      if text.hasPrefix("raise ") {
        result.error = "Traceback (most recent call last):\n  line 1\n" + text.dropFirst(6)
        return result
      }
      if text.hasPrefix("print("), text.hasSuffix(")") {
        result.outputs.append(.text(String(text.dropFirst(6).dropLast()) + "\n"))
        continue
      }
      let parts = text.split(separator: "=", maxSplits: 1)
      guard parts.count == 2, let value = ValueLiteral.parse(String(parts[1].trimmingSpaces)) else {
        continue
      }
      variables[String(parts[0].trimmingSpaces)] = value
    }
    return result
  }

  mutating func evaluate(_ expression: String) -> Result<CheckValue, EvaluationError> {
    if let value = variables[expression] { return .success(value) }
    if let function = functions[expression] { return function(variables) }
    return .failure(EvaluationError("NameError: name '\(expression)' is not defined"))
  }

  mutating func assign(_ name: String, _ value: CheckValue) -> Result<Void, EvaluationError> {
    variables[name] = value
    return .success(())
  }
}
