/// What came back from editing an exercise's code in the learner's editor.
public enum EditOutcome: Sendable, Equatable {
  /// The file holds new code.
  case changed(String)
  /// The editor closed without changing the code.
  case unchanged
  /// Nothing usable came back (the editor failed, the file was emptied); the code is kept and
  /// the message says why.
  case kept(reason: String)
}
