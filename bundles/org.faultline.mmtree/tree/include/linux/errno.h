#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H
/* Faultline model: the error numbers the fault path returns or tests. */

#define EIO	5
#define ENOMEM	12
#define EEXIST	17

#endif /* _LINUX_ERRNO_H */
