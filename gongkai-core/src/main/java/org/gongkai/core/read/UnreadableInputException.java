package org.gongkai.core.read;

/**
 * The input cannot be read at all: empty, binary, not a disclosure, a damaged PDF. The message
 * is one Chinese sentence saying what is wrong and what to do; callers show it as it is, exit
 * with code 2 and print no stack trace.
 * Example: "文件为空（0 字节）：请确认选择了正确的文件。"
 */
public final class UnreadableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableInputException(String message) {
        super(message);
    }

    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
