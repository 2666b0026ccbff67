import CursesTerminal
import Testing

@Suite struct HistoryFileTests {
  @Test func prefersXDGStateHomeThenHome() {
    #expect(
      HistoryFile.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/backprop/history"
    )
    #expect(
      HistoryFile.path(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
        == "/h/.local/state/backprop/history")
    #expect(HistoryFile.path(environment: ["HOME": "/h"]) == "/h/.local/state/backprop/history")
    #expect(HistoryFile.path(environment: [:]) == nil)
  }
}
