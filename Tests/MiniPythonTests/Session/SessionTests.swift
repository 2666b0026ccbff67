import Dispatch
import MiniPython
import Synchronization
import Testing

@Suite struct SessionTests {
  @Test func runReturnsPrintedTextAndTheTraceback() {
    let result = Session().run(
      source: "def f(x):\n    return 1 / x\nprint('start')\nf(0)\n", fileName: "demo.py")
    #expect(result.text == "start\n")
    #expect(
      result.error?.description == """
        Traceback (most recent call last):
          File "demo.py", line 4, in <module>
            f(0)
          File "demo.py", line 2, in f
            return 1 / x
        ZeroDivisionError: division by zero
        """)
  }

  @Test func variablesPersistAcrossRuns() {
    let session = Session()
    _ = session.run(source: "total = 40")
    #expect(session.run(source: "print(total + 2)").text == "42\n")
  }

  @Test func interactiveModeEchoesExpressionValuesButNotNone() {
    let session = Session()
    #expect(session.evaluateInteractive("1 + 1").text == "2\n")
    #expect(session.evaluateInteractive("'hi'").text == "'hi'\n")
    #expect(session.evaluateInteractive("None").text == "")
    #expect(session.evaluateInteractive("x = 5").text == "")
    #expect(session.evaluateInteractive("[x, _]").text == "[5, 'hi']\n")
    #expect(session.evaluateInteractive("print(3)").text == "3\n")
  }

  @Test func outputsStreamToTheSinkInOrder() {
    let seen = Mutex<[String]>([])
    let session = Session { output in
      if case .text(let text) = output { seen.withLock { $0.append(text) } }
    }
    _ = session.run(source: "print(1)\nprint(2)")
    #expect(seen.withLock { $0 } == ["1\n", "2\n"])
  }

  @Test(arguments: [
    ("x = 1", false),
    ("def f():", true),
    ("def f():\n    return 1", true),
    ("def f():\n    return 1\n", false),
    ("def f():\n    return 1\n\n", false),
    ("x = (1,", true),
    ("s = '''abc", true),
    ("x = 1 + \\", true),
    ("if x:\n    y\nelse:", true),
    ("x = )", false),
  ])
  func needsMoreInputForUnfinishedBlocks(source: String, expected: Bool) {
    #expect(Session.needsMoreInput(source) == expected)
  }

  @Test func completesNamesAttributesModuleMembersAndDictKeys() {
    let session = Session()
    _ = session.run(
      source: """
        import math
        learning_rate = 0.1
        params = {"W1": 1, "W2": 2, "b1": 3}
        class Net:
            def __init__(self):
                self.layers = []
            def forward(self, x):
                return x
        net = Net()
        """)
    #expect(session.completions(for: "x = learn").candidates == ["learning_rate"])
    #expect(session.completions(for: "math.sq").candidates == ["math.sqrt"])
    #expect(session.completions(for: "net.").candidates == ["net.forward", "net.layers"])
    #expect(session.completions(for: "params[\"W").candidates == ["\"W1\"]", "\"W2\"]"])
    #expect(session.completions(for: "params[\"W").fragment == "\"W")
    #expect(session.completions(for: "params[\"W").replacing(inWord: "W") == ["W1\"]", "W2\"]"])
    #expect(session.completions(for: "pri").candidates == ["print"])
  }

  @Test func deepRecursionRaisesRecursionErrorWithoutCrashing() {
    let result = Session().run(source: "def f(n):\n    return f(n + 1)\nf(0)")
    #expect(result.error?.lastLine == "RecursionError: maximum recursion depth exceeded")
    #expect(Session().run(source: "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(900))").text == "900\n")
  }

  @Test func interruptStopsAnInfiniteLoopWithKeyboardInterrupt() async {
    let session = Session()
    // The interrupt comes from a Dispatch timer: the run blocks this thread, and a Task could
    // wait for a concurrency thread that never frees up on a two-core machine.
    DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(100)) {
      session.interrupt.raise()
    }
    let result = session.run(source: "while True:\n    pass")
    #expect(result.error?.lastLine == "KeyboardInterrupt")
  }

  @Test func helpAndDirReadTheFunctionTable() {
    let session = Session()
    let help = session.run(source: "import math\nhelp(math.sqrt)").text
    #expect(help == "Help on built-in function sqrt:\n\nsqrt(x)\n    The square root of x.\n")
    #expect(session.run(source: "print(dir(math)[:3])").text == "['acos', 'asin', 'atan']\n")
  }
}
