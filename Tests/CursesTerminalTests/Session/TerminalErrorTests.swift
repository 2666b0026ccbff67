import CursesTerminal
import Glibc
import Testing

@Suite struct TerminalErrorTests {
  @Test func messagesSayWhatToDo() {
    #expect(
      TerminalError.notATerminal.description
        == "not a terminal: the notebook needs an interactive terminal on standard input and output"
    )
    #expect(
      TerminalError.cannotInitialize(term: "vt52x").description
        == "cannot start the terminal (TERM=vt52x); try TERM=xterm-256color")
  }

  @Test func startingWithoutATerminalThrows() {
    // `swift test` runs with standard input from a pipe or /dev/null, never a terminal here.
    guard isatty(0) == 0 else { return }
    #expect(throws: TerminalError.notATerminal) {
      _ = try CursesSession(options: CursesSession.Options(colorMode: .monochrome))
    }
  }
}
