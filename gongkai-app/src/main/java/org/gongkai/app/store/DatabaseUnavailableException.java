package org.gongkai.app.store;

/**
 * The database cannot be started or reached. The message is one Chinese sentence saying what is
 * wrong and what to do; commands show it as it is, without a stack trace.
 * Example: "无法连接数据库 jdbc:postgresql://db:5432/gongkai（Connection refused）：请确认数据库服务器已启动、地址和密码正确。"
 */
public final class DatabaseUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
