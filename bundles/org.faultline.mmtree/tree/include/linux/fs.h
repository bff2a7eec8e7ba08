#ifndef _LINUX_FS_H
#define _LINUX_FS_H
/*
 * Faultline model: files, inodes and address spaces, with only the fields
 * the fault path touches, plus the filesystem primitives it calls.
 */

#include <linux/types.h>
#include <linux/mm_types.h>
#include <linux/radix-tree.h>

struct super_block;

/* ->readpage() found the page truncated: look it up again. */
#define AOP_TRUNCATED_PAGE	0x80001

struct address_space_operations {
	/* Start reading a locked page; it is unlocked when the I/O ends. */
	int (*readpage)(struct file *file, struct page *page);
};

struct address_space {
	struct inode *host;
	struct radix_tree_root page_tree;
	const struct address_space_operations *a_ops;
};

struct inode {
	struct address_space *i_mapping;
	struct super_block *i_sb;
};

struct file_ra_state {
	unsigned int mmap_miss;	/* cache misses on mmap faults */
};

struct file {
	struct address_space *f_mapping;
	struct file_ra_state f_ra;
};

extern struct inode *file_inode(struct file *file);
extern loff_t i_size_read(struct inode *inode);
/* Update mtime/ctime; may sleep and take filesystem locks. */
extern int file_update_time(struct file *file);

/* Freeze protection for write faults (read side of a percpu rwsem). */
extern void sb_start_pagefault(struct super_block *sb);
extern void sb_end_pagefault(struct super_block *sb);

/* Drop the i_mmap_rwsem read lock that a DAX ->fault() returned holding. */
extern void i_mmap_unlock_read(struct address_space *mapping);

#endif /* _LINUX_FS_H */
