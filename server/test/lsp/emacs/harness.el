;;; harness.el --- test harness for server/test/lsp/emacs.test.ts  -*- lexical-binding: t -*-
;; Loads the configuration documented in docs/editors.md (CAREERPLAN_EMACS_CONFIG, taken from the
;; page by the test), opens the plan named by CAREERPLAN_EMACS_PLAN, waits for eglot's diagnostics
;; in Flymake, and writes one line per diagnostic ("LINE<TAB>TEXT") to CAREERPLAN_EMACS_OUT.
(load (getenv "CAREERPLAN_EMACS_CONFIG") nil t)
(let ((out (getenv "CAREERPLAN_EMACS_OUT"))
      (result "")
      (deadline (+ (float-time) 40)))
  (condition-case err
      (progn
        (find-file (getenv "CAREERPLAN_EMACS_PLAN"))
        (unless (eq major-mode 'careerplan-mode) (error "the plan opened in %s" major-mode))
        ;; eglot-ensure connects after the next command; a batch Emacs runs none, so run the hook.
        (run-hooks 'post-command-hook)
        (while (and (< (float-time) deadline)
                    (not (and (bound-and-true-p flymake-mode) (flymake-diagnostics))))
          (when (bound-and-true-p flymake-mode) (flymake-start))
          (accept-process-output nil 0.2))
        (dolist (d (flymake-diagnostics))
          (setq result (concat result (format "%d\t%s\n" (line-number-at-pos (flymake-diagnostic-beg d))
                                              (replace-regexp-in-string "\n" " " (flymake-diagnostic-text d)))))))
    (error (setq result (format "ERROR\t%s\n" (error-message-string err)))))
  (with-temp-file out (insert result))
  (kill-emacs 0))
