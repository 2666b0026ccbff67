import NotebookUI
import Testing

@Suite struct KeyMapTests {
  let map = KeyMap.standard

  @Test(arguments: [
    (Key.character("j"), Pane.browser, Intent?.some(.down)),
    (.enter, .browser, .activate),
    (.enter, .lesson, .activate),
    (.character("n"), .lesson, .nextCell),
    (.character("q"), .browser, .quit),
    (.character("q"), .repl, nil),
    (.character("?"), .repl, nil),
    (.function(1), .repl, .toggleHelp),
    (.escape, .repl, .previousPane),
    (.control("c"), .repl, .interrupt),
    (.tab, .repl, nil),
  ])
  func mapsKeysPerPane(key: Key, pane: Pane, intent: Intent?) {
    #expect(map.intent(for: key, in: pane) == intent)
  }

  @Test func noKeyIsBoundTwiceInAPane() {
    for (pane, bindings) in map.bindings {
      let keys = bindings.flatMap(\.keys)
      #expect(Set(keys).count == keys.count, "duplicate key in \(pane)")
    }
  }

  @Test func labelsSpellKeysForTheStatusBar() {
    #expect(Key.control("c").label() == "Ctrl-C")
    #expect(Key.up.label() == "↑")
    #expect(Key.up.label(ascii: true) == "Up")
    #expect(Key.character(" ").label() == "Space")
    #expect(Key.function(1).description == "F1")
  }
}
