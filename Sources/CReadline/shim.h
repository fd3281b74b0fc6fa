/// Swift-callable wrappers around GNU readline's global state.
///
/// readline keeps its configuration in mutable C globals, which Swift 6 strict
/// concurrency refuses to touch directly. Every access goes through one of the
/// `static inline` functions below instead.
#ifndef FACTCHECK_CREADLINE_SHIM_H
#define FACTCHECK_CREADLINE_SHIM_H

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

/// Non-zero while `fc_readline` is waiting for a line.
static volatile sig_atomic_t fc_reading_line = 0;

/// Sets the program name readline uses for `$if` blocks in `~/.inputrc`.
static inline void fc_rl_set_readline_name(const char *name) {
  rl_readline_name = strdup(name);
}

/// Installs the attempted-completion callback.
static inline void fc_rl_set_attempted_completion_function(rl_completion_func_t *function) {
  rl_attempted_completion_function = function;
}

/// Stops readline from falling back to file-name completion.
static inline void fc_rl_set_attempted_completion_over(int value) {
  rl_attempted_completion_over = value;
}

/// Returns a copy-free view of the line being edited.
static inline const char *fc_rl_line_buffer(void) {
  return rl_line_buffer;
}

/// Sets the characters that separate words for completion.
static inline void fc_rl_set_word_break_characters(const char *characters) {
  rl_completer_word_break_characters = strdup(characters);
}

/// Sets the quote characters that readline understands while completing.
static inline void fc_rl_set_completer_quote_characters(const char *characters) {
  rl_completer_quote_characters = strdup(characters);
}

/// Sets the character appended after a unique completion (0 for none).
static inline void fc_rl_set_completion_append_character(int character) {
  rl_completion_append_character = character;
}

/// Binds a readline variable, as `set NAME VALUE` in `~/.inputrc` does.
static inline int fc_rl_variable_bind(const char *name, const char *value) {
  return rl_variable_bind(name, value);
}

/// Reads one line with editing; returns NULL at end of input.
static inline char *fc_readline(const char *prompt) {
  fc_reading_line = 1;
  char *line = readline(prompt);
  fc_reading_line = 0;
  return line;
}

/// Discards the line being edited and shows a fresh prompt (for Ctrl-C).
static inline void fc_rl_interrupt_line(void) {
  if (!fc_reading_line) return;
  rl_crlf();
  rl_on_new_line();
  rl_replace_line("", 0);
  rl_redisplay();
}

/// The SIGINT handler: clears the line while reading, otherwise does nothing.
static inline void fc_rl_sigint_handler(int signal_number) {
  (void)signal_number;
  fc_rl_interrupt_line();
}

/// Installs `fc_rl_sigint_handler` for SIGINT with SA_RESTART, and makes sure SIGINT is not blocked
/// (a parent may have blocked it; Ctrl-C must still clear the line).
static inline int fc_install_sigint_handler(void) {
  sigset_t interrupt;
  sigemptyset(&interrupt);
  sigaddset(&interrupt, SIGINT);
  sigprocmask(SIG_UNBLOCK, &interrupt, NULL);
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = fc_rl_sigint_handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  return sigaction(SIGINT, &action, NULL);
}

/// Restores readline's terminal settings before the process exits.
static inline void fc_rl_cleanup(void) {
  rl_deprep_terminal();
}

#endif
