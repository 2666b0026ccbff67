import CNcursesw
import CursesTerminal
import NotebookUI
import Testing

@Suite struct KeyDecodingTests {
  @Test(arguments: [
    (UInt32(9), Key.tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace),
    (8, .backspace),
    (1, .control("a")), (3, .control("c")), (4, .control("d")), (18, .control("r")),
    (26, .control("z")),
    (0x61, .character("a")), (0x20, .character(" ")), (0x4F60, .character("你")),
    (0x3C3, .character("σ")),
  ])
  func decodesCharacters(code: UInt32, key: Key) {
    #expect(KeyDecoding.decode(status: OK, code: code) == .key(key))
  }

  @Test(arguments: [
    (KEY_UP, KeyDecoding.Input.key(.up)), (KEY_DOWN, .key(.down)), (KEY_LEFT, .key(.left)),
    (KEY_RIGHT, .key(.right)), (KEY_HOME, .key(.home)), (KEY_END, .key(.end)),
    (KEY_PPAGE, .key(.pageUp)),
    (KEY_NPAGE, .key(.pageDown)), (KEY_DC, .key(.delete)), (KEY_BACKSPACE, .key(.backspace)),
    (KEY_BTAB, .key(.backTab)), (KEY_F0 + 1, .key(.function(1))),
    (KEY_F0 + 12, .key(.function(12))),
    (KEY_RESIZE, .resize), (KEY_MOUSE, .mouse), (KEY_F0 + 40, .ignored),
  ])
  func decodesKeyCodes(code: Int32, input: KeyDecoding.Input) {
    #expect(KeyDecoding.decode(status: KEY_CODE_YES, code: UInt32(bitPattern: code)) == input)
  }

  @Test func ignoresStrayControlBytesAndInvalidScalars() {
    #expect(KeyDecoding.decode(status: OK, code: 0) == .ignored)
    #expect(KeyDecoding.decode(status: OK, code: 28) == .ignored)
    #expect(KeyDecoding.decode(status: OK, code: 0xD800) == .ignored)
  }
}
