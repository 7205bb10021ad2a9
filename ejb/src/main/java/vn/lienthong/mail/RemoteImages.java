package vn.lienthong.mail;

/** Whether remote images in a message may load. Blocked by default: a remote image tells the sender you read it. */
public enum RemoteImages { BLOCK, SHOW }
