import CursesTerminal
import Testing

@Suite struct ReplBlockTests {
  let isComplete: (String) -> Bool = { !$0.hasSuffix(":") }

  @Test func aCompleteLineRunsAtOnce() {
    var block = ReplBlock()
    #expect(block.add("x = 1", isComplete: isComplete) == .evaluate("x = 1"))
    #expect(block.add("   ", isComplete: isComplete) == .nothing)
    #expect(block.prompt == ">>> ")
  }

  @Test func aBlockRunsAtTheBlankLine() {
    var block = ReplBlock()
    #expect(block.add("for i in range(3):", isComplete: isComplete) == .needMore)
    #expect(block.prompt == "... ")
    #expect(block.add("  print(i)", isComplete: isComplete) == .needMore)
    #expect(block.add("", isComplete: isComplete) == .evaluate("for i in range(3):\n  print(i)"))
    #expect(block.prompt == ">>> ")
  }

  @Test func resetDropsTheOpenBlock() {
    var block = ReplBlock()
    _ = block.add("def f():", isComplete: isComplete)
    block.reset()
    #expect(block.lines == [])
  }
}
