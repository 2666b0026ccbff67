import Testing

@testable import LessonKit

@Suite struct MiniPythonRuntimeTests {
  @Test func runsCellsAndConvertsValues() {
    var session = MiniPythonRuntime().makeSession(seed: 0)
    let result = session.run("import numpy as np\nx = np.array([[1.0, 2.0], [3.0, 4.0]])\nprint(x.shape)")
    #expect(result == CellResult(outputs: [.text("(2, 2)\n")]))
    #expect(session.evaluate("x.T") == .success(.array(shape: [2, 2], scalars: [1, 3, 2, 4], dtype: "float64")))
    #expect(session.evaluate("(1, 'a', None, [True])") == .success(.tuple([.int(1), .string("a"), .none, .list([.bool(true)])])))
    #expect(session.evaluate("float(np.sum(x))") == .success(.float(10)))
  }

  @Test func reportsErrorsAsPythonDoes() {
    var session = MiniPythonRuntime().makeSession(seed: 0)
    let result = session.run("y = undefined_name + 1")
    #expect(result.error?.split(separator: "\n").last == "NameError: name 'undefined_name' is not defined")
    guard case .failure(let error) = session.evaluate("1 / 0") else {
      Issue.record("1 / 0 did not fail")
      return
    }
    #expect(error.message.split(separator: "\n").last == "ZeroDivisionError: division by zero")
  }

  @Test func assignsPerturbedArrays() {
    var session = MiniPythonRuntime().makeSession(seed: 0)
    _ = session.run("import numpy as np\ndef f():\n    return float(np.sum(w * w))")
    guard case .success = session.assign("w", .array(shape: [2], scalars: [1, 2], dtype: "float64")) else {
      Issue.record("assign failed")
      return
    }
    #expect(session.evaluate("f()") == .success(.float(5)))
  }

  @Test func stopsEndlessLoops() {
    var session = MiniPythonRuntime(timeLimit: .milliseconds(200)).makeSession(seed: 0)
    let result = session.run("x = 0\nwhile True:\n    x += 1")
    #expect(result.error == "TimeoutError: the code ran for more than 0.2 seconds and was stopped (an endless loop?)")
    #expect(session.run("print(1)") == CellResult(outputs: [.text("1\n")]))
  }

  @Test func seedsNumpyAndRandomLikePython() {
    // python3: np.random.seed(1); np.random.rand() -> 0.417022004702574
    //          random.seed(1); random.random()      -> 0.13436424411240122
    var session = MiniPythonRuntime().makeSession(seed: 1)
    _ = session.run("import numpy as np\nimport random")
    #expect(session.evaluate("np.random.rand()") == .success(.float(0.417022004702574)))
    #expect(session.evaluate("random.random()") == .success(.float(0.13436424411240122)))
    guard case .failure(let error) = session.evaluate("__bp") else {
      Issue.record("the seeding helper name leaked into the namespace")
      return
    }
    #expect(error.message.hasSuffix("NameError: name '__bp' is not defined"))
  }
}
