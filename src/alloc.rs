//! The WebAssembly's memory allocator, in place of the standard library's dlmalloc, which is
//! larger than this page needs (docs/decisions.md, "The allocator"). Blocks come in size
//! classes, powers of two from 8 bytes to 32 KiB, each class with a list of its freed blocks
//! to reuse; larger blocks are whole 64 KiB pages, kept when freed in one list to reuse for a
//! block of the same number of pages. Memory is never given back (WebAssembly cannot shrink
//! it; dlmalloc does not either). The page runs on one thread, so there is no lock.
//!
//! The arithmetic (`class_of`, `pages_of`, `aligned_up`) is plain and tested natively; the
//! allocator itself is compiled for the WebAssembly only and exercised by every browser test.

/// The smallest and largest size classes, as powers of two.
pub const MIN_CLASS: u32 = 3;
pub const MAX_CLASS: u32 = 15;
/// WebAssembly's page.
pub const PAGE: usize = 65536;

/// The size class (its power of two) of a block of `size` bytes aligned to `align`, or `None`
/// for a block of whole pages.
pub fn class_of(size: usize, align: usize) -> Option<u32> {
    let bytes = size.max(align).max(1 << MIN_CLASS).checked_next_power_of_two()?;
    let class = bytes.trailing_zeros();
    (class <= MAX_CLASS).then_some(class)
}

/// How many pages a block of `size` bytes takes.
pub fn pages_of(size: usize) -> usize {
    size.div_ceil(PAGE)
}

/// `at` moved up to a multiple of `align` (a power of two).
pub fn aligned_up(at: usize, align: usize) -> usize {
    (at + align - 1) & !(align - 1)
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use super::{aligned_up, class_of, pages_of, MAX_CLASS, PAGE};
    use core::alloc::{GlobalAlloc, Layout};
    use core::cell::UnsafeCell;
    use core::ptr::null_mut;

    /// A freed block: the next freed block of its list; a freed page block also its pages.
    struct Free {
        next: *mut Free,
        pages: usize,
    }

    struct State {
        /// Per size class, its freed blocks.
        free: [*mut Free; MAX_CLASS as usize + 1],
        /// Freed page blocks, any number of pages.
        free_pages: *mut Free,
        /// The rest of the last page taken for small blocks: from `next` to `end`.
        next: usize,
        end: usize,
    }

    pub struct Allocator(UnsafeCell<State>);

    // One thread: the WebAssembly of a page has no other.
    unsafe impl Sync for Allocator {}

    #[global_allocator]
    static ALLOCATOR: Allocator = Allocator(UnsafeCell::new(State { free: [null_mut(); MAX_CLASS as usize + 1], free_pages: null_mut(), next: 0, end: 0 }));

    /// New pages from the end of memory: their address, or `None` when memory cannot grow.
    fn grow(pages: usize) -> Option<usize> {
        let before = core::arch::wasm32::memory_grow(0, pages);
        (before != usize::MAX).then(|| before * PAGE)
    }

    impl State {
        unsafe fn small(&mut self, class: u32) -> *mut u8 {
            let head = self.free[class as usize];
            if !head.is_null() {
                self.free[class as usize] = unsafe { (*head).next };
                return head.cast();
            }
            let bytes = 1usize << class;
            let mut at = aligned_up(self.next, bytes);
            if at + bytes > self.end {
                // What is left of the old pages stays unused: at most one largest class.
                let Some(start) = grow(1) else { return null_mut() };
                (at, self.end) = (start, start + PAGE);
            }
            self.next = at + bytes;
            at as *mut u8
        }

        unsafe fn pages(&mut self, pages: usize) -> *mut u8 {
            let mut link: *mut *mut Free = &mut self.free_pages;
            unsafe {
                while !(*link).is_null() {
                    let block = *link;
                    if (*block).pages == pages {
                        *link = (*block).next;
                        return block.cast();
                    }
                    link = &mut (*block).next;
                }
            }
            grow(pages).map_or(null_mut(), |at| at as *mut u8)
        }
    }

    unsafe impl GlobalAlloc for Allocator {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let state = unsafe { &mut *self.0.get() };
            match class_of(layout.size(), layout.align()) {
                Some(class) => unsafe { state.small(class) },
                // Pages are aligned to 64 KiB, as much as a block can ask.
                None if layout.align() <= PAGE => unsafe { state.pages(pages_of(layout.size())) },
                None => null_mut(),
            }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            let state = unsafe { &mut *self.0.get() };
            let block = ptr.cast::<Free>();
            match class_of(layout.size(), layout.align()) {
                Some(class) => unsafe {
                    (*block).next = state.free[class as usize];
                    state.free[class as usize] = block;
                },
                None => unsafe {
                    *block = Free { next: state.free_pages, pages: pages_of(layout.size()) };
                    state.free_pages = block;
                },
            }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            // A block that stays in its class (or its pages) stays where it is.
            let same = match (class_of(layout.size(), layout.align()), class_of(new_size, layout.align())) {
                (Some(a), Some(b)) => a == b,
                (None, None) => pages_of(layout.size()) == pages_of(new_size),
                _ => false,
            };
            if same {
                return ptr;
            }
            let new = unsafe { self.alloc(Layout::from_size_align_unchecked(new_size, layout.align())) };
            if !new.is_null() {
                unsafe {
                    core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
            }
            new
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_takes_the_smallest_class_that_holds_its_size_and_alignment() {
        assert_eq!(class_of(0, 1), Some(3));
        assert_eq!(class_of(1, 1), Some(3));
        assert_eq!(class_of(8, 8), Some(3));
        assert_eq!(class_of(9, 1), Some(4));
        assert_eq!(class_of(24, 8), Some(5));
        assert_eq!(class_of(4, 64), Some(6), "alignment counts");
        assert_eq!(class_of(32768, 8), Some(15));
        assert_eq!(class_of(32769, 8), None, "past the largest class: pages");
        assert_eq!(class_of(usize::MAX, 1), None);
    }

    #[test]
    fn large_blocks_take_whole_pages() {
        assert_eq!(pages_of(32769), 1);
        assert_eq!(pages_of(65536), 1);
        assert_eq!(pages_of(65537), 2);
        assert_eq!(aligned_up(13, 8), 16);
        assert_eq!(aligned_up(16, 16), 16);
        assert_eq!(aligned_up(65536 + 1, 4096), 65536 + 4096);
    }
}
