#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H
/*
 * Faultline model: basic types, branch hints, and the locking and
 * memory-ordering primitives used by the fault path.  Every function
 * declared here is a primitive of the interpreter; the macros exist only
 * so that gcc can check the model sources.
 */

#define NULL ((void *)0)

typedef _Bool bool;
#define false 0
#define true 1

typedef unsigned long pgoff_t;
typedef long long loff_t;
typedef unsigned int gfp_t;

typedef struct {
	long counter;
} atomic_long_t;

/* Lock state is kept by the interpreter; the field only gives a size. */
typedef struct {
	unsigned int slock;
} spinlock_t;

/* Branch hints: the value of the condition, unchanged. */
#define likely(x)	(x)
#define unlikely(x)	(x)

/* Compiler barrier: later loads must not be merged with earlier ones. */
extern void barrier(void);
/* Write barrier: earlier stores are visible before later ones. */
extern void smp_wmb(void);

extern void atomic_long_inc(atomic_long_t *v);

extern void spin_lock(spinlock_t *lock);
extern void spin_unlock(spinlock_t *lock);

extern void rcu_read_lock(void);
extern void rcu_read_unlock(void);

#endif /* _LINUX_TYPES_H */
